// The KPI page's chart, drawn by ECharts from the JSON in the chart element's data-chart attribute (the
// Content-Security-Policy allows no inline script). Top: actual, target and the forecast with its 95 % interval,
// the KPI's value thresholds shaded where it has them. Bottom: the score with the scorecard's colour bands shaded.
// Names reach the chart only as data; the tooltip escapes every text it writes as HTML.
(() => {
  'use strict';

  const BAND = { red: '#D55E00', amber: '#E69F00', green: '#009E73', blue: '#0072B2' };
  const LINE = { actual: '#0b3d91', target: '#444444', forecast: '#7a3e9d', score: '#1f2937' };

  const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  }[c]));

  const finite = (values) => values.filter((v) => v !== null && Number.isFinite(v));

  // Shaded zones of the score between the bands' lower bounds; the outer ones reach past the data.
  function scoreZones(data, bottom, top) {
    const b = data.bands;
    const zones = [['red', bottom, b.amber], ['amber', b.amber, b.green]];
    if (b.blue === null || b.blue === undefined) {
      zones.push(['green', b.green, top]);
    } else {
      zones.push(['green', b.green, b.blue], ['blue', b.blue, top]);
    }
    return zones.filter(([, from, to]) => to > from).map(([status, from, to]) => [
      { yAxis: from, itemStyle: { color: BAND[status], opacity: 0.14 }, name: data.labels[status] }, { yAxis: to }]);
  }

  // Zones of the values by the KPI's own thresholds (higher is better: green from green up; lower: green below).
  function valueZones(data, bottom, top) {
    const t = data.thresholds;
    if (t.amber === undefined) {
      return [];
    }
    const lower = t.polarity === 'lower';
    const zones = lower
      ? [['green', bottom, t.green], ['amber', t.green, t.amber], ['red', t.amber, top]]
      : [['red', bottom, t.amber], ['amber', t.amber, t.green], ['green', t.green, top]];
    return zones.filter(([, from, to]) => to > from).map(([status, from, to]) => [
      { yAxis: from, itemStyle: { color: BAND[status], opacity: 0.12 } }, { yAxis: to }]);
  }

  function range(values, padding) {
    const all = finite(values);
    if (all.length === 0) {
      return [0, 1];
    }
    const low = Math.min(...all);
    const high = Math.max(...all);
    const pad = (high - low) * padding || Math.abs(high) * 0.1 || 1;
    return [low - pad, high + pad];
  }

  function tooltip(data, number) {
    return (params) => {
      const index = params[0].dataIndex;
      const rows = [`<strong>${escape(data.name)} · ${escape(data.periods[index])}</strong>`];
      const add = (label, value) => {
        if (value !== null && value !== undefined) {
          rows.push(`${escape(label)}: ${escape(number.format(value))}`);
        }
      };
      add(data.labels.actual, data.actual[index]);
      add(data.labels.target, data.target[index]);
      add(data.labels.forecast, data.forecast[index]);
      if (data.low[index] !== null && data.high[index] !== null && data.low[index] !== data.high[index]) {
        rows.push(`${escape(data.labels.interval)}: ${escape(number.format(data.low[index]))} – `
          + `${escape(number.format(data.high[index]))}`);
      }
      if (data.score[index] !== null) {
        rows.push(`${escape(data.labels.score)}: ${escape(number.format(data.score[index]))} `
          + `(${escape(data.labels[data.status[index]] || data.status[index])})`);
      }
      return rows.join('<br>');
    };
  }

  function option(data, narrow) {
    const number = new Intl.NumberFormat(data.locale, { maximumFractionDigits: 2 });
    const [valueLow, valueHigh] = range([...data.actual, ...data.target, ...data.low, ...data.high], 0.08);
    // The score axis spans the scores and the bands' bounds with some room, so that every band shows.
    const scores = finite(data.score);
    const top = data.bands.blue ?? data.bands.green;
    const room = Math.max(5, (top - data.bands.amber) / 2);
    const scoreLow = Math.floor((Math.min(...scores, data.bands.amber) - room) / 5) * 5;
    const scoreHigh = Math.ceil((Math.max(...scores, top) + room) / 5) * 5;
    const intervalBase = data.low.map((v) => v);
    const intervalSpread = data.low.map((v, i) => (v === null || data.high[i] === null ? null : data.high[i] - v));
    const axisLabel = { formatter: (v) => number.format(v), fontSize: narrow ? 10 : 12, showMinLabel: false,
      showMaxLabel: false };
    return {
      animation: false,
      textStyle: { fontFamily: 'inherit' },
      legend: { top: 0, type: 'scroll', data: [data.labels.actual, data.labels.target, data.labels.forecast,
        data.labels.interval, data.labels.score] },
      tooltip: { trigger: 'axis', confine: true, formatter: tooltip(data, number) },
      axisPointer: { link: [{ xAxisIndex: 'all' }] },
      grid: [
        { left: narrow ? 48 : 72, right: 12, top: narrow ? 56 : 40, height: '52%' },
        { left: narrow ? 48 : 72, right: 12, top: '74%', bottom: 28 },
      ],
      xAxis: [
        { type: 'category', data: data.periods, gridIndex: 0, axisLabel: { show: false } },
        { type: 'category', data: data.periods, gridIndex: 1, axisLabel: { fontSize: narrow ? 10 : 12 } },
      ],
      yAxis: [
        { type: 'value', gridIndex: 0, min: valueLow, max: valueHigh, name: data.unit || data.labels.values,
          axisLabel, splitNumber: 4, nameTextStyle: { align: 'left' } },
        { type: 'value', gridIndex: 1, min: scoreLow, max: scoreHigh,
          name: data.labels.scores, axisLabel, splitNumber: 3, nameTextStyle: { align: 'left' } },
      ],
      series: [
        { name: data.labels.actual, type: 'line', data: data.actual, symbol: 'circle', symbolSize: 6,
          lineStyle: { width: 2.5, color: LINE.actual }, itemStyle: { color: LINE.actual }, z: 5,
          markArea: { silent: true, data: valueZones(data, valueLow, valueHigh) } },
        { name: data.labels.target, type: 'line', data: data.target, symbol: 'rect', symbolSize: 5, step: 'middle',
          lineStyle: { type: 'dashed', color: LINE.target }, itemStyle: { color: LINE.target } },
        { name: 'interval-base', type: 'line', data: intervalBase, stack: 'interval', symbol: 'none',
          lineStyle: { opacity: 0 }, tooltip: { show: false } },
        { name: data.labels.interval, type: 'line', data: intervalSpread, stack: 'interval', symbol: 'none',
          lineStyle: { opacity: 0 }, areaStyle: { color: LINE.forecast, opacity: 0.18 },
          itemStyle: { color: LINE.forecast } },
        { name: data.labels.forecast, type: 'line', data: data.forecast, symbol: 'triangle', symbolSize: 6,
          lineStyle: { type: 'dotted', width: 2.5, color: LINE.forecast }, itemStyle: { color: LINE.forecast } },
        { name: data.labels.score, type: 'line', data: data.score, xAxisIndex: 1, yAxisIndex: 1, symbol: 'circle',
          symbolSize: 5, lineStyle: { color: LINE.score }, itemStyle: { color: LINE.score },
          markArea: { silent: true, label: { position: 'insideRight', fontSize: 10, color: '#374151' },
            data: scoreZones(data, scoreLow, scoreHigh) } },
      ],
    };
  }

  function draw(element) {
    if (!window.echarts) {
      return;
    }
    const data = JSON.parse(element.dataset.chart);
    const chart = window.echarts.init(element, null, { renderer: 'canvas' });
    let narrow = null;
    const render = () => {
      const now = element.clientWidth < 500;
      if (now !== narrow) {
        narrow = now;
        chart.setOption(option(data, narrow), true);
      }
      chart.resize();
    };
    render();
    // The element, not the window: it also changes size when the page is printed or a scrollbar comes and goes.
    new ResizeObserver(render).observe(element);
    window.addEventListener('beforeprint', render);
    window.addEventListener('afterprint', render);
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-chart]').forEach(draw);
  });
})();
