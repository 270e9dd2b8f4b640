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

export class PwChart extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<style>:host{display:block;position:relative;min-height:200px}#c{position:absolute;inset:0}</style><div id="c"></div>';
    this._data = null;
  }

  connectedCallback() {
    // A value set before this element was upgraded sits on the instance and hides the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'data')) {
      const pending = this.data;
      delete this.data;
      this.data = pending;
    }
    if (!this._chart) {
      this._chart = echarts.init(this.shadowRoot.getElementById('c'), null, { renderer: 'canvas' });
      this._chart.on('finished', () => this._finished());
      this.bindEvents(this._chart);
      this._resizer = new ResizeObserver(() => this._chart && this._chart.resize());
      this._resizer.observe(this);
    }
    if (this._data) this._render();
  }

  disconnectedCallback() {
    if (this._resizer) this._resizer.disconnect();
    if (this._chart) this._chart.dispose();
    this._chart = null;
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
    this._chart.setOption(this.buildOption(this._data), { notMerge: true, lazyUpdate: false });
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

  downloadPng(fileName) {
    const link = document.createElement('a');
    link.href = this.pngDataUrl();
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  echarts() {
    return this._chart;
  }
}
