// Disclosed deal value per month, stacked by deal type; a click on a bar segment asks for that month's deals of that
// type (the server opens the Deals view filtered to them).
import { PwChart, TYPE_COLORS, TYPE_LABELS, usd } from './pw-chart.js';

const monthLabel = (month) => {
  const [year, m] = month.split('-');
  return new Date(Date.UTC(Number(year), Number(m) - 1, 1)).toLocaleString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
};

class PwDealValueChart extends PwChart {
  buildOption(data) {
    const months = data.months || [];
    const cells = data.cells || [];
    const text = this.textColor();
    const types = Object.keys(TYPE_COLORS).filter((t) => cells.some((c) => c.type === t));
    const value = (month, type) => {
      const cell = cells.find((c) => c.month === month && c.type === type);
      return cell ? { value: cell.usd, deals: cell.deals } : { value: 0, deals: 0 };
    };
    return {
      aria: { enabled: true, decal: { show: false } },
      textStyle: { color: text },
      legend: { top: 0, textStyle: { color: text } },
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (p) => `${monthLabel(months[p.dataIndex])} · ${TYPE_LABELS[types[p.seriesIndex]]}<br>` +
          `<b>${usd(p.value)}</b> in ${p.data.deals} deal${p.data.deals === 1 ? '' : 's'}<br><i>click to list them</i>`,
      },
      grid: { left: 70, right: 20, top: 60, bottom: 40 },
      xAxis: { type: 'category', data: months.map(monthLabel), axisLabel: { color: text } },
      yAxis: { type: 'value', axisLabel: { color: text, formatter: (v) => usd(v) } },
      series: types.map((type) => ({
        name: TYPE_LABELS[type],
        type: 'bar',
        stack: 'value',
        cursor: 'pointer',
        itemStyle: { color: TYPE_COLORS[type] },
        emphasis: { focus: 'series' },
        data: months.map((m) => value(m, type)),
      })),
    };
  }

  bindEvents(chart) {
    chart.on('click', (p) => {
      const months = (this.data && this.data.months) || [];
      const types = Object.keys(TYPE_COLORS).filter((t) => ((this.data && this.data.cells) || []).some((c) => c.type === t));
      if (p.componentType === 'series' && months[p.dataIndex] && types[p.seriesIndex]) {
        this.emit('segment-click', { month: months[p.dataIndex], type: types[p.seriesIndex] });
      }
    });
  }

  describe(data) {
    const cells = data.cells || [];
    const months = data.months || [];
    if (!months.length) return 'No months to show.';
    const range = `${monthLabel(months[0])} to ${monthLabel(months[months.length - 1])}`;
    if (!cells.length) return `No deals are dated ${range}.`;
    const total = cells.reduce((sum, c) => sum + c.usd, 0);
    const deals = cells.reduce((sum, c) => sum + c.deals, 0);
    const perMonth = months.map((m) => [m, cells.filter((c) => c.month === m).reduce((sum, c) => sum + c.usd, 0)]);
    const [topMonth, topUsd] = perMonth.reduce((a, b) => (b[1] > a[1] ? b : a));
    return `Stacked bars of disclosed deal value per month and deal type, ${range}: ${usd(total)} in ${deals} deals. ` +
      `The largest month is ${monthLabel(topMonth)} with ${usd(topUsd)}.`;
  }

  table(data) {
    return {
      columns: [{ label: 'Month' }, { label: 'Type' }, { label: 'Deals', numeric: true }, { label: 'Disclosed value', numeric: true }],
      rows: (data.cells || []).map((c) => [monthLabel(c.month), TYPE_LABELS[c.type], String(c.deals), usd(c.usd)]),
    };
  }

  summary() {
    const cells = (this.data && this.data.cells) || [];
    return {
      months: ((this.data && this.data.months) || []).length,
      series: new Set(cells.map((c) => c.type)).size,
      deals: cells.reduce((sum, c) => sum + c.deals, 0),
    };
  }
}

customElements.define('pw-deal-value-chart', PwDealValueChart);
