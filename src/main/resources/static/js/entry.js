// The data-entry grid: arrow keys, Enter and Tab move between cells, a block pasted from a spreadsheet fills the
// cells from the focused one, and a cell that holds no number is marked at once. Without this script the grid is a
// plain form that works the same, only without these conveniences. The server checks every cell again.
(() => {
  const form = document.getElementById('entry-form');
  if (!form) {
    return;
  }
  const decimal = form.dataset.decimal === ',' ? ',' : '.';
  const group = decimal === ',' ? '.' : ',';
  const esc = (c) => (c === '.' ? '\\.' : c);
  const grouped = new RegExp(`^\\d{1,3}(${esc(group)}\\d{3})+(${esc(decimal)}\\d+)?$`);
  const plain = new RegExp(`^(\\d+(${esc(decimal)}\\d*)?|${esc(decimal)}\\d+)$`);
  const foreign = new RegExp(`^(\\d*${esc(group)}\\d+|\\d+${esc(group)})$`);

  // Same rules as DecimalInput on the server: the language's decimal separator, or a lone other separator.
  const isNumber = (text) => {
    let s = text.replace(/[\s\u00a0\u202f']/g, '').replace('\u2212', '-');
    if (s === '') {
      return true;
    }
    if (s.startsWith('-') || s.startsWith('+')) {
      s = s.substring(1);
    }
    return grouped.test(s) || plain.test(s) || foreign.test(s);
  };

  const cellAt = (table, row, col) =>
    table.querySelector(`input.entry-value[data-row="${row}"][data-col="${col}"]`);

  const validate = (input) => {
    const ok = isNumber(input.value);
    const message = input.closest('td').querySelector('.entry-live');
    input.classList.toggle('is-invalid', !ok);
    input.setAttribute('aria-invalid', String(!ok));
    if (message) {
      message.textContent = ok ? '' : form.dataset.invalid;
    }
    input.classList.toggle('is-changed', input.value !== input.defaultValue);
    const changed = form.querySelectorAll('input.entry-value.is-changed').length;
    document.getElementById('entry-status').textContent = changed ? form.dataset.changed.replace('{0}', changed) : '';
  };

  // The next cell with an input in a direction, skipping read-only cells (locked, calculated, not open).
  const move = (input, dRow, dCol) => {
    const table = input.closest('table');
    let row = Number(input.dataset.row);
    let col = Number(input.dataset.col);
    const rows = table.tBodies[0].rows.length;
    const cols = table.tHead.rows[0].cells.length - 1;
    for (let i = 0; i < Math.max(rows, cols); i++) {
      row += dRow;
      col += dCol;
      if (row < 0 || row >= rows || col < 0 || col >= cols) {
        return;
      }
      const next = cellAt(table, row, col);
      if (next) {
        next.focus();
        return;
      }
    }
  };

  const atStart = (input) => input.selectionStart === 0 && input.selectionEnd === 0;
  const atEnd = (input) => input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
  const allSelected = (input) => input.selectionStart === 0 && input.selectionEnd === input.value.length;

  form.addEventListener('keydown', (event) => {
    const input = event.target;
    if (!input.classList || !input.classList.contains('entry-value') || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const moves = {
      ArrowUp: [-1, 0, true],
      ArrowDown: [1, 0, true],
      ArrowLeft: [0, -1, atStart(input) || allSelected(input)],
      ArrowRight: [0, 1, atEnd(input) || allSelected(input)],
      Enter: [event.shiftKey ? -1 : 1, 0, true],
    };
    const m = moves[event.key];
    if (m && m[2]) {
      event.preventDefault(); // Enter moves down instead of sending the form; the Save button sends it
      move(input, m[0], m[1]);
    }
  });

  form.addEventListener('focusin', (event) => {
    if (event.target.classList && event.target.classList.contains('entry-value')) {
      event.target.select();
    }
  });

  form.addEventListener('input', (event) => {
    if (event.target.classList && event.target.classList.contains('entry-value')) {
      validate(event.target);
    }
  });

  // A block copied from a spreadsheet: rows by line, columns by tab, filled from the focused cell.
  form.addEventListener('paste', (event) => {
    const input = event.target;
    if (!input.classList || !input.classList.contains('entry-value')) {
      return;
    }
    const text = (event.clipboardData || window.clipboardData).getData('text');
    if (!/[\t\n\r]/.test(text)) {
      return; // one value: the browser pastes it
    }
    event.preventDefault();
    const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
    const table = input.closest('table');
    const row = Number(input.dataset.row);
    const col = Number(input.dataset.col);
    let filled = 0;
    lines.forEach((line, i) => line.split('\t').forEach((value, j) => {
      const target = cellAt(table, row + i, col + j);
      if (target) {
        target.value = value.trim();
        validate(target);
        filled++;
      }
    }));
    document.getElementById('entry-status').textContent = form.dataset.pasted.replace('{0}', filled);
  });
})();
