// The strategy map: its editors drag boxes to arrange it (each drop is saved), and anyone downloads it as a PNG.
// The map itself is server-drawn SVG and works without this script: boxes are links, the SVG file is a plain link.
(() => {
  const frame = document.getElementById('map-frame');
  const svg = frame && frame.querySelector('svg');
  if (!svg) {
    return;
  }
  const status = document.getElementById('map-status');
  const frameOf = svg.querySelector('.map-box-frame');
  const boxWidth = frameOf ? Number(frameOf.getAttribute('width')) : 190;
  const boxHeight = frameOf ? Number(frameOf.getAttribute('height')) : 76;
  const width = svg.viewBox.baseVal.width;
  const boxes = {};
  svg.querySelectorAll('.map-box').forEach((box) => { boxes[box.dataset.objective] = box; });
  const bands = [...svg.querySelectorAll('.map-band')].map((band) => ({
    top: Number(band.dataset.top), minY: Number(band.dataset.minY), maxY: Number(band.dataset.maxY),
  }));
  const links = [...svg.querySelectorAll('.map-link')];

  const clamp = (v, low, high) => Math.max(low, Math.min(high, v));

  // The fraction of the way (dx, dy) at which it leaves a box around its start, grown by gap (as MapLayout.edge).
  const edge = (dx, dy, gap) => Math.min(dx === 0 ? Infinity : (boxWidth / 2 + gap) / Math.abs(dx),
    dy === 0 ? Infinity : (boxHeight / 2 + gap) / Math.abs(dy));

  // A quadratic curve bent to the left of its direction, along one band further and upwards (as MapLayout.arrow).
  const redraw = (line) => {
    const from = boxes[line.dataset.from];
    const to = boxes[line.dataset.to];
    const ax = Number(from.dataset.x);
    const ay = Number(from.dataset.y);
    const bx = Number(to.dataset.x);
    const by = Number(to.dataset.y);
    const sameBand = from.dataset.band === to.dataset.band;
    const bend = (sameBand ? 0.22 : 0.08) * (sameBand && bx < ax ? -1 : 1);
    const cx = (ax + bx) / 2 + (by - ay) * bend;
    const cy = (ay + by) / 2 - (bx - ax) * bend;
    const out = edge(cx - ax, cy - ay, 0);
    const end = edge(cx - bx, cy - by, 6);
    if ((ax === bx && ay === by) || out >= 1 || end >= 1) {
      line.setAttribute('visibility', 'hidden');
      return;
    }
    line.removeAttribute('visibility');
    const r = Math.round;
    line.setAttribute('d', `M${r(ax + out * (cx - ax))},${r(ay + out * (cy - ay))} Q${r(cx)},${r(cy)} `
      + `${r(bx + end * (cx - bx))},${r(by + end * (cy - by))}`);
  };

  const place = (box, x, y) => {
    box.dataset.x = Math.round(x);
    box.dataset.y = Math.round(y);
    box.querySelector('g').setAttribute('transform',
      `translate(${Math.round(x - boxWidth / 2)},${Math.round(y - boxHeight / 2)})`);
    links.filter((l) => l.dataset.from === box.dataset.objective || l.dataset.to === box.dataset.objective)
      .forEach(redraw);
  };

  const say = (text) => {
    if (status) {
      status.textContent = text;
    }
  };

  const save = (box) => {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    const band = bands[Number(box.dataset.band)];
    const body = new URLSearchParams({
      objectiveId: box.dataset.objective, x: box.dataset.x, y: String(Number(box.dataset.y) - band.top),
    });
    const headers = token && header ? { [header.content]: token.content } : {};
    fetch(frame.dataset.save, { method: 'POST', headers, body, credentials: 'same-origin' })
      .then((answer) => say(answer.ok ? frame.dataset.saved : frame.dataset.refused))
      .catch(() => say(frame.dataset.refused));
  };

  const arrange = () => {
    svg.classList.add('arrangeable');
    const toMap = (event) => new DOMPoint(event.clientX, event.clientY).matrixTransform(svg.getScreenCTM().inverse());
    let drag = null;
    let swallowClick = false;
    svg.addEventListener('dragstart', (event) => event.preventDefault());
    svg.addEventListener('pointerdown', (event) => {
      const box = event.target.closest('.map-box');
      if (!box || event.button !== 0) {
        return;
      }
      const at = toMap(event);
      drag = { box, x: at.x, y: at.y, x0: Number(box.dataset.x), y0: Number(box.dataset.y), moved: false };
      box.setPointerCapture(event.pointerId);
    });
    svg.addEventListener('pointermove', (event) => {
      if (!drag) {
        return;
      }
      const at = toMap(event);
      const dx = at.x - drag.x;
      const dy = at.y - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < 4) {
        return;
      }
      drag.moved = true;
      drag.box.classList.add('dragging');
      const band = bands[Number(drag.box.dataset.band)];
      place(drag.box, clamp(drag.x0 + dx, boxWidth / 2 + 4, width - boxWidth / 2 - 4),
        clamp(drag.y0 + dy, band.top + band.minY, band.top + band.maxY));
    });
    const drop = () => {
      if (!drag) {
        return;
      }
      const done = drag;
      drag = null;
      done.box.classList.remove('dragging');
      if (done.moved) {
        swallowClick = true;
        save(done.box);
      }
    };
    // The keyboard's way to arrange: arrow keys move the focused box (Shift: further), saved once the keys rest.
    const steps = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    let resting = null;
    svg.addEventListener('keydown', (event) => {
      const box = event.target.closest && event.target.closest('.map-box');
      const step = steps[event.key];
      if (!box || !step || event.altKey || event.ctrlKey || event.metaKey) {
        return;
      }
      event.preventDefault();
      const by = event.shiftKey ? 50 : 10;
      const band = bands[Number(box.dataset.band)];
      place(box, clamp(Number(box.dataset.x) + step[0] * by, boxWidth / 2 + 4, width - boxWidth / 2 - 4),
        clamp(Number(box.dataset.y) + step[1] * by, band.top + band.minY, band.top + band.maxY));
      clearTimeout(resting);
      resting = setTimeout(() => save(box), 400);
    });
    svg.addEventListener('pointerup', drop);
    svg.addEventListener('pointercancel', drop);
    // A drop is not a click: the box stays where it was put instead of opening its objective.
    svg.addEventListener('click', (event) => {
      if (swallowClick) {
        event.preventDefault();
        swallowClick = false;
      }
    }, true);
  };

  const png = document.getElementById('map-png');
  if (png) {
    png.hidden = false;
    png.addEventListener('click', () => {
      const view = svg.viewBox.baseVal;
      const image = new Image();
      image.addEventListener('load', () => {
        const canvas = document.createElement('canvas');
        canvas.width = view.width * 2;
        canvas.height = view.height * 2;
        const context = canvas.getContext('2d');
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        canvas.toBlob((blob) => {
          const link = document.createElement('a');
          link.href = URL.createObjectURL(blob);
          link.download = png.dataset.file;
          document.body.appendChild(link);
          link.click();
          link.remove();
          setTimeout(() => URL.revokeObjectURL(link.href), 10000);
        }, 'image/png');
      });
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    });
  }

  if (frame.dataset.arrange === 'true') {
    arrange();
  }
})();
