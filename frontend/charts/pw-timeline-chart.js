// Deals of chosen companies on a time axis: one lane per relationship, bubbles sized by USD and colored
// by type, the two deals of each tie-up joined by a dashed line, running totals of investments and cloud/compute
// commitments below, zoom and brush by date.
import { PwChart, TYPE_COLORS, TYPE_LABELS, usd, escapeHtml } from './pw-chart.js';

const TIE_UP = 'Tie-up (investment ⇄ commitment back)';

class PwTimelineChart extends PwChart {
  buildOption(data) {
    const entries = data.entries || [];
    const lanes = [...(data.lanes || [])].reverse(); // category axes draw the first entry at the bottom
    const max = Math.max(1, ...entries.map((e) => e.deal.amountUsd || 0));
    const size = (v) => (v ? 10 + 46 * Math.sqrt(v / max) : 8);
    const types = Object.keys(TYPE_COLORS).filter((t) => entries.some((e) => e.deal.type === t));
    const text = this.textColor();
    const pairs = this.pairs(data);
    const pairOf = new Map();
    pairs.forEach((p) => {
      pairOf.set(p.tie.investment, p.tie);
      pairOf.set(p.tie.commitment, p.tie);
    });
    // one line series per tie-up (they share a name, so one legend entry shows or hides them all)
    const tieLines = pairs.map((p) => ({
      name: TIE_UP,
      type: 'line',
      xAxisIndex: 0,
      yAxisIndex: 0,
      z: 3, // over the bubbles: a same-day pair is a short vertical line between two large bubbles
      silent: true,
      symbol: 'none',
      tooltip: { show: false },
      itemStyle: { color: text },
      lineStyle: { type: 'dashed', width: 2.5, color: text, opacity: 0.9 },
      data: [[p.from.deal.dealDate, p.from.lane], [p.to.deal.dealDate, p.to.lane]],
    }));
    const scatter = types.map((type) => ({
      name: TYPE_LABELS[type],
      type: 'scatter',
      xAxisIndex: 0,
      yAxisIndex: 0,
      itemStyle: { color: TYPE_COLORS[type], opacity: 0.85, borderColor: '#fff', borderWidth: 1 },
      emphasis: { scale: 1.15 },
      data: entries
        .filter((e) => e.deal.type === type)
        .map((e) => ({
          value: [e.deal.dealDate, e.lane, e.deal.amountUsd],
          symbolSize: size(e.deal.amountUsd),
          deal: e.deal,
          // a deal of a tie-up gets a ring, so that the pair stands out where bubbles overlap
          itemStyle: pairOf.has(e.deal.id) ? { borderColor: text, borderWidth: 2 } : undefined,
          label: {
            show: (e.deal.amountUsd || 0) >= max * 0.08,
            formatter: usd(e.deal.amountUsd),
            position: 'top',
            color: text,
            fontWeight: 'bold',
          },
        })),
    }));
    const line = (name, points, color) => ({
      name,
      type: 'line',
      step: 'end',
      xAxisIndex: 1,
      yAxisIndex: 1,
      symbolSize: 6,
      itemStyle: { color },
      lineStyle: { width: 2.5, color },
      areaStyle: { opacity: 0.08, color },
      data: points.map((p) => [p.date, p.totalUsd]),
    });
    return {
      animation: entries.length < 500,
      textStyle: { color: text },
      legend: { top: 0, textStyle: { color: text } },
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (p) => {
          if (p.data && p.data.deal) {
            const d = p.data.deal;
            return `<b>${escapeHtml(d.payer.name)} → ${escapeHtml(d.payee.name)}</b><br>` +
              `${escapeHtml(TYPE_LABELS[d.type])} · ${escapeHtml(d.status)}<br>` +
              `${escapeHtml(d.amountText || usd(d.amountUsd))}${d.amountText ? ' (' + usd(d.amountUsd) + ')' : ''}` +
              `${d.termMonths ? ' over ' + (d.termMonths % 12 === 0 ? d.termMonths / 12 + ' years' : d.termMonths + ' months') : ''}<br>` +
              `${escapeHtml(d.dealDate)} · ${d.sources} source${d.sources === 1 ? '' : 's'}<br>` +
              (pairOf.has(d.id) ? `Tie-up ${escapeHtml(pairOf.get(d.id).label)}: ${escapeHtml(pairOf.get(d.id).ratio)} committed / invested<br>` : '') +
              '<i>click to open the deal</i>';
          }
          return `${escapeHtml(p.seriesName)}<br>${escapeHtml(p.value[0])}: <b>${usd(p.value[1])}</b>`;
        },
      },
      toolbox: {
        right: 10,
        feature: { brush: { type: ['lineX', 'clear'], title: { lineX: 'Select dates', clear: 'Clear selection' } } },
      },
      brush: { xAxisIndex: 0, brushLink: 'none', throttleType: 'debounce', throttleDelay: 200, outOfBrush: { colorAlpha: 0.25 } },
      grid: [
        { left: 170, right: 40, top: 40, height: '52%' },
        { left: 170, right: 40, top: '68%', bottom: 60 },
      ],
      xAxis: [
        { type: 'time', gridIndex: 0, axisLabel: { color: text } },
        { type: 'time', gridIndex: 1, axisLabel: { color: text } },
      ],
      yAxis: [
        { type: 'category', gridIndex: 0, data: lanes, axisLabel: { color: text, width: 150, overflow: 'truncate' },
          splitLine: { show: true, lineStyle: { opacity: 0.3 } } },
        { type: 'value', gridIndex: 1, name: 'cumulative USD', nameTextStyle: { color: text },
          axisLabel: { color: text, formatter: (v) => usd(v) } },
      ],
      dataZoom: [
        { type: 'slider', xAxisIndex: [0, 1], bottom: 10, filterMode: 'weakFilter' },
        { type: 'inside', xAxisIndex: [0, 1], filterMode: 'weakFilter' },
      ],
      series: [
        ...tieLines,
        ...scatter,
        line('Invested (cumulative)', data.invested || [], TYPE_COLORS.INVESTMENT),
        line('Cloud / compute commitments (cumulative)', data.committed || [], TYPE_COLORS.CLOUD_COMMITMENT),
      ],
    };
  }

  /** The tie-ups whose two deals are both drawn, with their timeline entries. */
  pairs(data) {
    const byId = new Map((data.entries || []).map((e) => [e.deal.id, e]));
    return (data.tieUps || [])
      .filter((t) => byId.has(t.investment) && byId.has(t.commitment))
      .map((t) => ({ tie: t, from: byId.get(t.investment), to: byId.get(t.commitment) }));
  }

  bindEvents(chart) {
    chart.on('click', (p) => {
      if (p.data && p.data.deal) this.emit('deal-click', { id: p.data.deal.id });
    });
    chart.on('brushEnd', (p) => {
      const area = (p.areas || [])[0];
      if (!area || !area.coordRange) {
        this.emit('range-select', { from: '', to: '' });
        return;
      }
      const day = (t) => new Date(t).toISOString().substring(0, 10);
      this.emit('range-select', { from: day(area.coordRange[0]), to: day(area.coordRange[1]) });
    });
  }

  describe(data) {
    const entries = data.entries || [];
    if (!entries.length) return 'No deals for this choice: choose companies or widen the dates above.';
    const dates = entries.map((e) => e.deal.dealDate).filter(Boolean).sort();
    const last = (points) => (points && points.length ? points[points.length - 1].totalUsd : 0);
    return `${entries.length} deal${entries.length === 1 ? '' : 's'} in ${(data.lanes || []).length} relationship` +
      `${(data.lanes || []).length === 1 ? '' : 's'} from ${dates[0]} to ${dates[dates.length - 1]}, as bubbles sized by ` +
      `amount; running totals: ${usd(last(data.invested))} invested, ${usd(last(data.committed))} in cloud / compute ` +
      'commitments' + (this.pairs(data).length ? `; ${this.pairs(data).length} tie-up` +
      `${this.pairs(data).length === 1 ? '' : 's'} (an investment and the commitment back) joined by dashed lines.` : '.');
  }

  table(data) {
    const pairOf = new Map();
    this.pairs(data).forEach((p) => {
      pairOf.set(p.tie.investment, p.tie);
      pairOf.set(p.tie.commitment, p.tie);
    });
    const entries = [...(data.entries || [])].sort((a, b) => String(a.deal.dealDate).localeCompare(String(b.deal.dealDate)));
    return {
      columns: [
        { label: 'Date' }, { label: 'Relationship' }, { label: 'Payer' }, { label: 'Payee' }, { label: 'Type' },
        { label: 'Amount' }, { label: 'USD', numeric: true }, { label: 'Status' }, { label: 'Tie-up' },
      ],
      rows: entries.map((e) => [
        e.deal.dealDate, e.lane, e.deal.payer.name, e.deal.payee.name, TYPE_LABELS[e.deal.type] || e.deal.type,
        e.deal.amountText || '', usd(e.deal.amountUsd), e.deal.status,
        pairOf.has(e.deal.id) ? `${pairOf.get(e.deal.id).label} (${pairOf.get(e.deal.id).ratio})` : '',
      ]),
    };
  }

  /** Lanes, bubbles and tie-up links drawn, for tests. */
  summary() {
    const entries = (this.data && this.data.entries) || [];
    return {
      lanes: new Set(entries.map((e) => e.lane)).size,
      bubbles: entries.length,
      tieUps: this.data ? this.pairs(this.data).length : 0,
    };
  }
}

customElements.define('pw-timeline-chart', PwTimelineChart);
