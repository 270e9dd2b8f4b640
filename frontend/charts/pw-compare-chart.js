// Relationships or companies side by side: money invested each way and cloud/compute commitments.
import { PwChart, TYPE_COLORS, usd } from './pw-chart.js';

class PwCompareChart extends PwChart {
  buildOption(data) {
    const rows = data.rows || [];
    const pairs = data.mode === 'pairs';
    const text = this.textColor();
    const bar = (name, key, color, decal) => ({
      name,
      type: 'bar',
      itemStyle: { color, decal },
      label: { show: true, position: 'top', color: text, formatter: (p) => (p.value ? usd(p.value) : '') },
      data: rows.map((r) => r[key]),
    });
    const hatched = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 4], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.5)' };
    return {
      aria: { enabled: true, decal: { show: false } },
      textStyle: { color: text },
      legend: { top: 0, textStyle: { color: text } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => usd(v) },
      grid: { left: 80, right: 30, top: 50, bottom: 40 },
      xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { color: text, interval: 0 } },
      yAxis: { type: 'value', axisLabel: { color: text, formatter: (v) => usd(v) } },
      series: [
        bar(pairs ? 'Invested: first → second' : 'Invested in others', 'investedOut', TYPE_COLORS.INVESTMENT),
        bar(pairs ? 'Invested: second → first' : 'Investments received', 'investedIn', TYPE_COLORS.INVESTMENT, hatched),
        bar(pairs ? 'Cloud commitments: first → second' : 'Cloud commitments made', 'committedOut', TYPE_COLORS.CLOUD_COMMITMENT),
        bar(pairs ? 'Cloud commitments: second → first' : 'Cloud commitments received', 'committedIn', TYPE_COLORS.CLOUD_COMMITMENT, hatched),
      ],
    };
  }

  describe(data) {
    const rows = data.rows || [];
    if (!rows.length) return 'Nothing to compare: choose relationships or companies above.';
    const total = (r) => (r.investedOut || 0) + (r.investedIn || 0) + (r.committedOut || 0) + (r.committedIn || 0);
    const top = [...rows].sort((a, b) => total(b) - total(a))[0];
    return `Bars of money invested and cloud / compute commitments each way for ${rows.length} ` +
      `${data.mode === 'pairs' ? 'relationships' : 'companies'}: ${rows.map((r) => r.label).join(', ')}. ` +
      `The most money flows in ${top.label} (${usd(total(top))} in all).`;
  }

  table(data) {
    const pairs = data.mode === 'pairs';
    const rows = data.rows || [];
    return {
      columns: [
        { label: pairs ? 'Relationship' : 'Company' },
        { label: pairs ? 'Invested: first → second' : 'Invested in others', numeric: true },
        { label: pairs ? 'Invested: second → first' : 'Investments received', numeric: true },
        { label: pairs ? 'Cloud commitments: first → second' : 'Cloud commitments made', numeric: true },
        { label: pairs ? 'Cloud commitments: second → first' : 'Cloud commitments received', numeric: true },
      ],
      rows: rows.map((r) => [r.label, usd(r.investedOut), usd(r.investedIn), usd(r.committedOut), usd(r.committedIn)]),
    };
  }

  summary() {
    const rows = (this.data && this.data.rows) || [];
    return { groups: rows.length, series: 4 };
  }
}

customElements.define('pw-compare-chart', PwCompareChart);
