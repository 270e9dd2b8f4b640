// Base of Pactwatch's ECharts web components. The server sets `data` (a JSON string); the component
// builds the ECharts option and sets data-rendered="true" once ECharts reports the frame finished, so
// browser tests and users' scripts know the chart shows the current data.
import * as echarts from 'echarts';

export const TYPE_COLORS = {
  INVESTMENT: '#e8710a',
  CLOUD_COMMITMENT: '#1a73e8',
  ACQUISITION: '#9334e6',
  SUPPLY: '#188038',
  PARTNERSHIP: '#80868b',
};

export const TYPE_LABELS = {
  INVESTMENT: 'Investment',
  CLOUD_COMMITMENT: 'Cloud / compute commitment',
  ACQUISITION: 'Acquisition',
  SUPPLY: 'Supply',
  PARTNERSHIP: 'Partnership',
};

export function usd(value) {
  if (value === null || value === undefined) return 'undisclosed';
  const abs = Math.abs(value);
  const fmt = (v) => (Math.round(v * 10) / 10).toString();
  if (abs >= 1e9) return '$' + fmt(value / 1e9) + 'B';
  if (abs >= 1e6) return '$' + fmt(value / 1e6) + 'M';
  if (abs >= 1e3) return '$' + fmt(value / 1e3) + 'K';
  return '$' + fmt(value);
}

export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

// Shown rows of the data table; the rest is in the view's CSV download.
const TABLE_ROWS = 500;

const STYLE = `
:host{display:flex;flex-direction:column;position:relative;min-height:200px;font-family:var(--lumo-font-family);
  color:var(--lumo-body-text-color)}
figure{display:flex;flex-direction:column;flex:1;min-height:0;margin:0}
.head{display:flex;align-items:baseline;gap:var(--lumo-space-m,1rem);flex-wrap:wrap}
figcaption{font-weight:600;font-size:var(--lumo-font-size-m,1rem)}
.summary{margin:var(--lumo-space-xs,.25rem) 0;font-size:var(--lumo-font-size-s,.875rem);color:var(--lumo-secondary-text-color)}
button{font:inherit;font-size:var(--lumo-font-size-s,.875rem);font-weight:500;color:var(--lumo-primary-text-color);
  background:var(--lumo-contrast-5pct);border:none;border-radius:var(--lumo-border-radius-m,4px);
  padding:var(--lumo-space-xs,.25rem) var(--lumo-space-s,.5rem);cursor:pointer}
button:hover{background:var(--lumo-contrast-10pct)}
button:focus-visible,.table:focus-visible{outline:2px solid var(--lumo-primary-color);outline-offset:2px}
#c{position:relative;flex:1;min-height:160px}
.table{flex:1;min-height:0;overflow:auto}
.table[hidden],#c[hidden]{display:none}
table{border-collapse:collapse;width:100%;font-size:var(--lumo-font-size-s,.875rem)}
th,td{text-align:left;padding:var(--lumo-space-xs,.25rem) var(--lumo-space-s,.5rem);
  border-bottom:1px solid var(--lumo-contrast-10pct);vertical-align:top}
th{position:sticky;top:0;background:var(--lumo-base-color)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.more{font-size:var(--lumo-font-size-s,.875rem);color:var(--lumo-secondary-text-color)}
`;

export class PwChart extends HTMLElement {
  static get observedAttributes() {
    return ['caption'];
  }

  constructor() {
    super();
    // The chart is a figure: a caption, a one-sentence text alternative, the drawing (an image to assistive
    // technology, named by the caption and the sentence) and a toggle that shows the same data as a real table.
    this.attachShadow({ mode: 'open' }).innerHTML =
      `<style>${STYLE}</style><figure><div class="head"><figcaption id="cap"></figcaption>` +
      '<button id="toggle" type="button" aria-expanded="false" aria-controls="tbl">Show as table</button></div>' +
      '<p class="summary" id="sum"></p><div id="c" role="img" aria-labelledby="cap sum"></div>' +
      '<div id="tbl" class="table" hidden tabindex="0" role="region" aria-labelledby="cap"></div></figure>';
    this._data = null;
    this._toggle = this.shadowRoot.getElementById('toggle');
    this._toggle.addEventListener('click', () => this.showTable(this._toggle.getAttribute('aria-expanded') !== 'true'));
  }

  attributeChangedCallback() {
    this._caption();
  }

  connectedCallback() {
    // A value set before this element was upgraded sits on the instance and hides the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'data')) {
      const pending = this.data;
      delete this.data;
      this.data = pending;
    }
    if (!this._chart) {
      const canvas = this.shadowRoot.getElementById('c');
      this._chart = echarts.init(canvas, null, { renderer: 'canvas' });
      this._chart.on('finished', () => this._finished());
      this.bindEvents(this._chart);
      this._resizer = new ResizeObserver(() => this._chart && this._chart.resize());
      this._resizer.observe(canvas);
      // the colors follow the theme: draw again when the theme switch changes it
      this._theme = new MutationObserver(() => this._data && this._chart && this._render());
      this._theme.observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });
    }
    this._caption();
    if (this._data) this._render();
  }

  disconnectedCallback() {
    if (this._resizer) this._resizer.disconnect();
    if (this._theme) this._theme.disconnect();
    if (this._chart) this._chart.dispose();
    this._chart = null;
  }

  /** Shows the data table instead of the drawing (true) or the drawing again (false). */
  showTable(shown) {
    this._toggle.setAttribute('aria-expanded', String(shown));
    this._toggle.textContent = shown ? 'Show as chart' : 'Show as table';
    this.shadowRoot.getElementById('tbl').hidden = !shown;
    this.shadowRoot.getElementById('c').hidden = shown;
    if (shown) this._fillTable();
    this.toggleAttribute('table-shown', shown);
  }

  _caption() {
    const cap = this.shadowRoot.getElementById('cap');
    cap.textContent = this.getAttribute('caption') || '';
  }

  _describe() {
    this.shadowRoot.getElementById('sum').textContent = this._data ? this.describe(this._data) : '';
    if (this.hasAttribute('table-shown')) this._fillTable();
  }

  _fillTable() {
    const box = this.shadowRoot.getElementById('tbl');
    const { columns, rows } = this._data ? this.table(this._data) : { columns: [], rows: [] };
    const numeric = columns.map((c) => c.numeric === true);
    const head = columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('');
    const body = rows
      .slice(0, TABLE_ROWS)
      .map((r) => '<tr>' + r.map((v, i) => `<td${numeric[i] ? ' class="num"' : ''}>${escapeHtml(v)}</td>`).join('') + '</tr>')
      .join('');
    box.innerHTML = `<table><caption class="more">${escapeHtml(this.getAttribute('caption') || '')}` +
      `${rows.length > TABLE_ROWS ? ` — the first ${TABLE_ROWS} of ${rows.length} rows; the CSV download has all` : ''}` +
      `</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  }

  set data(json) {
    this._data = typeof json === 'string' ? JSON.parse(json) : json;
    if (this._chart) this._render();
  }

  get data() {
    return this._data;
  }

  _render() {
    this.removeAttribute('data-rendered');
    this._started = performance.now();
    this._pending = true;
    this._option = this.buildOption(this._data);
    this._chart.setOption(this._option, { notMerge: true, lazyUpdate: false });
    this._describe();
  }

  _finished() {
    if (!this._pending) return;
    this._pending = false;
    this.setAttribute('data-render-ms', String(Math.round(performance.now() - this._started)));
    this.setAttribute('data-rendered', 'true');
    this.dispatchEvent(new CustomEvent('chart-rendered'));
  }

  /** Subclasses return the ECharts option for their data. */
  buildOption(_data) {
    return {};
  }

  /** Subclasses return one or two sentences that say what the chart shows: its text alternative. */
  describe(_data) {
    return '';
  }

  /** Subclasses return the chart's data as a table: {columns: [{label, numeric}], rows: [[text, …]]}. */
  table(_data) {
    return { columns: [], rows: [] };
  }

  /** Subclasses listen to chart events here (clicks, brush). */
  bindEvents(_chart) {}

  emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  isDark() {
    return document.documentElement.getAttribute('theme') === 'dark';
  }

  textColor() {
    return this.isDark() ? '#e8eaed' : '#3c4043';
  }

  /** The chart as a PNG data URL (ECharts getDataURL), on the page's background. */
  pngDataUrl() {
    return this._chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: this.isDark() ? '#1e1e1e' : '#ffffff' });
  }

  /** The chart as SVG markup: the option last drawn, rendered again by ECharts' SVG renderer off screen. */
  svgMarkup() {
    const svg = echarts.init(null, null, {
      renderer: 'svg', ssr: true, width: this._chart.getWidth(), height: this._chart.getHeight(),
    });
    try {
      svg.setOption({ ...this._option, animation: false, backgroundColor: this.isDark() ? '#1e1e1e' : '#ffffff' });
      return svg.renderToSVGString();
    } finally {
      svg.dispose();
    }
  }

  downloadPng(fileName) {
    this._download(this.pngDataUrl(), fileName);
  }

  downloadSvg(fileName) {
    const url = URL.createObjectURL(new Blob([this.svgMarkup()], { type: 'image/svg+xml' }));
    this._download(url, fileName);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  _download(href, fileName) {
    const link = document.createElement('a');
    link.href = href;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  echarts() {
    return this._chart;
  }
}
