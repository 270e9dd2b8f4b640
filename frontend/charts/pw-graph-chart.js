// The company relationship graph, nodes sized by their number of counterparties (so the most connected
// companies keep their labels, see below) and colored by kind; directed edges payer → payee, as wide as their
// amount and colored by deal type; a tie-up (an investment and the commitment back) is a dashed two-headed edge
// of its own color. Up to FORCE_NODES nodes ECharts' own force simulation places
// them, starting from the positions the server computed, before the frame is drawn; larger graphs are drawn at
// the server's positions. Labels never overlap: a label that would is hidden (ECharts gives way by symbol area,
// so the less connected company's first)
// and shows on hover; zooming in makes room for more. A path or a money loop can be highlighted; the rest
// then fades.
import * as echarts from 'echarts';
import { PwChart, TYPE_COLORS, TYPE_LABELS, usd, escapeHtml } from './pw-chart.js';

const KIND_COLORS = {
  BIG_TECH: '#4285f4',
  AI_LAB: '#db4437',
  CHIP_MAKER: '#0f9d58',
  CLOUD: '#00acc1',
  INVESTOR: '#f4b400',
  TELECOM: '#ab47bc',
  INDUSTRIAL: '#8d6e63',
  ENERGY: '#ff7043',
  OTHER: '#9e9e9e',
};

const KIND_LABELS = {
  BIG_TECH: 'Big tech', AI_LAB: 'AI lab', CHIP_MAKER: 'Chip maker', CLOUD: 'Cloud', INVESTOR: 'Investor',
  TELECOM: 'Telecom', INDUSTRIAL: 'Industrial', ENERGY: 'Energy', OTHER: 'Other',
};

// Up to this size the browser runs the force layout (about a second at 500 nodes on a slow machine).
const FORCE_NODES = 500;
// Above these the graph is drawn as batched ("large") scatter and lines series on hidden axes:
// ECharts' graph series draws each node and edge as its own element, which takes seconds at 10,000 edges.
const LARGE_NODES = FORCE_NODES;
const LARGE_EDGES = 2500;
const SIZE_CLASSES = [5, 10, 18];
const TIE_UP = 'Tie-up (investment ⇄ commitment back)';
const TIE_UP_COLOR = '#d01c8b';
// the key's sample of the tie-up edge: three dashes
const DASHES_ICON = 'path://M0,0h6v4h-6zM9,0h6v4h-6zM18,0h6v4h-6z';
// Room for the legends above and below the drawing and for the labels right of the nodes.
const BOX = { left: 24, right: 150, top: 40, bottom: 44 };

class PwGraphChart extends PwChart {
  buildOption(data) {
    const nodes = data.nodes || [];
    const edges = data.edges || [];
    if (nodes.length > LARGE_NODES || edges.length > LARGE_EDGES) return this.largeOption(data);
    this._large = null;
    const highlight = data.highlight || [];
    const text = this.textColor();
    const kinds = Object.keys(KIND_COLORS);
    const maxVolume = Math.max(1, ...nodes.map((n) => n.volumeUsd));
    const maxUsd = Math.max(1, ...edges.map((e) => e.usd));
    const tieUps = data.tieUps || [];
    const counterparties = this.counterparties(nodes, edges);
    const maxCounterparties = Math.max(1, ...counterparties.values());
    const onLoop = new Set();
    for (let i = 0; i < highlight.length && highlight.length > 1; i++) {
      onLoop.add(highlight[i] + '>' + highlight[(i + 1) % highlight.length]);
      if (data.undirectedHighlight) onLoop.add(highlight[(i + 1) % highlight.length] + '>' + highlight[i]);
    }
    const highlighted = new Set(highlight);
    const names = new Map(nodes.map((n) => [n.id, n.name]));
    const fading = highlight.length > 0;
    // by counterparties, volume breaking ties: ECharts hides the label of the smaller symbol where two overlap
    const size = (n) => 6 + 34 * Math.sqrt(counterparties.get(n.id) / maxCounterparties) + 0.5 * (n.volumeUsd / maxVolume);
    const placed = this.fitted(this.forcePositions(nodes, edges, size));
    const types = Object.keys(TYPE_COLORS).filter((t) => edges.some((e) => e.type === t));
    return {
      animation: false,
      textStyle: { color: text },
      legend: [
        { top: 0, data: kinds.map((k) => KIND_LABELS[k]), textStyle: { color: text } },
        // the edge colors: a key only (the empty series behind it draw nothing, so there is nothing to toggle)
        { bottom: 0, selectedMode: false, icon: 'rect', itemWidth: 24, itemHeight: 4, textStyle: { color: text },
          data: [...types.map((t) => TYPE_LABELS[t]), ...(tieUps.length ? [{ name: TIE_UP, icon: DASHES_ICON }] : [])] },
      ],
      tooltip: {
        confine: true,
        formatter: (p) => {
          if (p.seriesIndex !== 0) return '';
          if (p.dataType === 'node') {
            const n = p.data.company;
            return `<b>${escapeHtml(n.name)}</b><br>${escapeHtml(KIND_LABELS[n.kind] || n.kind)}<br>` +
              `${n.deals} deal${n.deals === 1 ? '' : 's'} · ${usd(n.volumeUsd)}`;
          }
          if (p.data.tieUp) return this.tieUpTooltip(p.data.tieUp);
          const e = p.data.edge;
          return `<b>${escapeHtml(p.data.sourceName)} → ${escapeHtml(p.data.targetName)}</b><br>` +
            `${escapeHtml(TYPE_LABELS[e.type] || e.type)}: ${e.deals} deal${e.deals === 1 ? '' : 's'}, ${usd(e.usd)}<br>` +
            `${escapeHtml(e.first || '')}${e.last && e.last !== e.first ? ' – ' + escapeHtml(e.last) : ''}`;
        },
      },
      series: [{
        type: 'graph',
        layout: 'none',
        ...BOX,
        roam: true,
        // the positions come stretched to the box, so this keeps nodes round without leaving space unused
        preserveAspect: true,
        categories: kinds.map((k) => ({ name: KIND_LABELS[k], itemStyle: { color: KIND_COLORS[k] } })),
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: [0, 7],
        emphasis: { focus: 'adjacency', label: { show: true }, lineStyle: { width: 4 } },
        // an explicit line height: zrender otherwise takes the width of a CJK glyph as the text's height, which
        // without such a font is a few pixels, and then fails to see labels above one another overlap
        label: { show: true, color: text, position: 'right', fontSize: 11, lineHeight: 14 },
        // a label that would overlap a bigger company's is hidden; ECharts lays labels out again on zoom
        labelLayout: { hideOverlap: true },
        data: nodes.map((n) => ({
          id: String(n.id),
          name: n.name,
          x: placed.get(n.id)[0],
          y: placed.get(n.id)[1],
          category: Math.max(0, kinds.indexOf(n.kind)),
          symbolSize: size(n),
          itemStyle: fading && !highlighted.has(n.id) ? { opacity: 0.2 } : undefined,
          label: fading && !highlighted.has(n.id) ? { show: false } : undefined,
          company: n,
        })),
        links: edges.map((e) => {
          const strong = onLoop.has(e.source + '>' + e.target);
          return {
            source: String(e.source),
            target: String(e.target),
            edge: e,
            sourceName: names.get(e.source),
            targetName: names.get(e.target),
            lineStyle: {
              color: strong ? '#d93025' : TYPE_COLORS[e.type] || '#999',
              width: strong ? 4 : 0.8 + 5 * Math.sqrt(e.usd / maxUsd),
              opacity: fading ? (strong ? 1 : 0.12) : 0.7,
              curveness: 0.15,
            },
          };
        }).concat(tieUps.map((t) => ({
          source: String(t.investor),
          target: String(t.investee),
          tieUp: t,
          // arrows both ways: the money goes out as an investment and comes back as a commitment
          symbol: ['arrow', 'arrow'],
          symbolSize: [9, 9],
          lineStyle: {
            color: TIE_UP_COLOR,
            type: 'dashed',
            width: 3,
            opacity: fading ? 0.12 : 0.95,
            // bent the other way from the two deal edges it pairs
            curveness: -0.3,
          },
        }))),
      },
      ...types.map((t) => ({ type: 'graph', name: TYPE_LABELS[t], data: [], silent: true, itemStyle: { color: TYPE_COLORS[t] } })),
      ...(tieUps.length ? [{ type: 'graph', name: TIE_UP, data: [], silent: true, itemStyle: { color: TIE_UP_COLOR } }] : [])],
    };
  }

  /** Each node's number of distinct counterparties among the drawn edges. */
  counterparties(nodes, edges) {
    const others = new Map(nodes.map((n) => [n.id, new Set()]));
    for (const e of edges) {
      others.get(e.source)?.add(e.target);
      others.get(e.target)?.add(e.source);
    }
    return new Map([...others].map(([id, set]) => [id, set.size]));
  }

  tieUpTooltip(t) {
    const dates = `${escapeHtml(t.first || '')}${t.last && t.last !== t.first ? ' – ' + escapeHtml(t.last) : ''}`;
    return `<b>${escapeHtml(t.label)}</b>: tie-up${t.pairs > 1 ? ` (${t.pairs} pairs)` : ''}<br>` +
      `Invested ${usd(t.investedUsd)} · committed back ${usd(t.committedUsd)}<br>` +
      `Ratio ${escapeHtml(t.ratio)} · ${dates}`;
  }

  /**
   * The drawing's size now: the view may have resized it in the same round trip that brought the data (the deal
   * list beside the graph), before ECharts' own resize.
   */
  drawingSize() {
    const box = this.shadowRoot.getElementById('c');
    return [box.clientWidth || this._chart.getWidth(), box.clientHeight || this._chart.getHeight()];
  }

  /** The positions stretched to the drawing box's width and height (in pixels, so that its aspect is the box's). */
  fitted(positions) {
    const [boxWidth, boxHeight] = this.drawingSize();
    const width = Math.max(1, boxWidth - BOX.left - BOX.right);
    const height = Math.max(1, boxHeight - BOX.top - BOX.bottom);
    const all = [...positions.values()];
    const minX = Math.min(...all.map((p) => p[0]));
    const minY = Math.min(...all.map((p) => p[1]));
    const spanX = Math.max(1e-6, Math.max(...all.map((p) => p[0])) - minX);
    const spanY = Math.max(1e-6, Math.max(...all.map((p) => p[1])) - minY);
    const fitted = new Map();
    positions.forEach((p, id) => fitted.set(id, [((p[0] - minX) / spanX) * width, ((p[1] - minY) / spanY) * height]));
    return fitted;
  }

  /**
   * Node positions from ECharts' own force simulation (the graph series' force layout, run to rest in an
   * off-screen instance), started from the server's positions; the drawn chart then shows them fitted to
   * its box, so that its labels are laid out once, on the final positions. Larger graphs keep the server's.
   */
  forcePositions(nodes, edges, size) {
    const server = new Map(nodes.map((n) => [n.id, [n.x, n.y]]));
    if (nodes.length < 3 || nodes.length > FORCE_NODES) return server;
    const [boxWidth, boxHeight] = this.drawingSize();
    const width = Math.max(320, boxWidth);
    const height = Math.max(240, boxHeight);
    // a detached canvas chart: zrender paints in an animation frame, so the steps in between draw nothing
    const sim = echarts.init(document.createElement('div'), null, { renderer: 'canvas', width, height });
    try {
      // spacing in the server's 0–1000 square: room per node, and bigger companies push harder
      const room = 1000 / Math.sqrt(nodes.length);
      sim.setOption({
        animation: false,
        series: [{
          type: 'graph',
          layout: 'force',
          force: {
            initLayout: 'none',
            layoutAnimation: false,
            repulsion: [room * room * 0.4, room * room * 1.6],
            edgeLength: [room * 0.6, room * 1.4],
            gravity: 0.2,
          },
          data: nodes.map((n) => ({ id: String(n.id), x: n.x, y: n.y, value: size(n), symbolSize: size(n) })),
          links: edges.map((e) => ({ source: String(e.source), target: String(e.target), value: e.usd })),
        }],
      });
      const laidOut = sim.getModel().getSeriesByIndex(0).getData();
      const placed = new Map();
      laidOut.each((i) => {
        const p = laidOut.getItemLayout(i);
        placed.set(Number(laidOut.getId(i)), p && isFinite(p[0]) && isFinite(p[1]) ? [p[0], p[1]] : server.get(Number(laidOut.getId(i))));
      });
      return placed;
    } finally {
      sim.dispose();
    }
  }

  largeOption(data) {
    const nodes = data.nodes;
    const edges = data.edges;
    const text = this.textColor();
    const kinds = Object.keys(KIND_COLORS);
    const byId = new Map(nodes.map((n, i) => [n.id, i]));
    const maxVolume = Math.max(1, ...nodes.map((n) => n.volumeUsd));
    const sizeClass = (n) => {
      const r = Math.sqrt(n.volumeUsd / maxVolume);
      return r < 0.15 ? 0 : r < 0.45 ? 1 : 2;
    };
    const highlight = data.highlight || [];
    const fading = highlight.length > 0;
    this._large = { nodes };
    const series = [];
    for (const type of Object.keys(TYPE_COLORS)) {
      const coords = [];
      for (const e of edges) {
        if (e.type !== type) continue;
        const a = nodes[byId.get(e.source)];
        const b = nodes[byId.get(e.target)];
        if (a && b) coords.push({ coords: [[a.x, a.y], [b.x, b.y]] });
      }
      if (coords.length) {
        series.push({
          type: 'lines', name: TYPE_LABELS[type], large: true, largeThreshold: 1, silent: true,
          coordinateSystem: 'cartesian2d', data: coords,
          lineStyle: { color: TYPE_COLORS[type], width: 0.6, opacity: fading ? 0.06 : 0.3 },
        });
      }
    }
    for (let i = 0; i < highlight.length && highlight.length > 1; i++) {
      const a = nodes[byId.get(highlight[i])];
      const b = nodes[byId.get(highlight[(i + 1) % highlight.length])];
      if (a && b) {
        series.push({ type: 'lines', silent: true, coordinateSystem: 'cartesian2d', data: [{ coords: [[a.x, a.y], [b.x, b.y]] }],
          lineStyle: { color: '#d93025', width: 4, opacity: 1 }, symbol: ['none', 'arrow'], symbolSize: 10 });
      }
    }
    kinds.forEach((kind) => {
      SIZE_CLASSES.forEach((size, c) => {
        const points = [];
        nodes.forEach((n, i) => {
          if ((n.kind === kind || (!KIND_COLORS[n.kind] && kind === 'OTHER')) && sizeClass(n) === c) points.push([n.x, n.y, i]);
        });
        if (points.length) {
          series.push({ type: 'scatter', name: KIND_LABELS[kind], large: true, largeThreshold: 1, symbolSize: size,
            itemStyle: { color: KIND_COLORS[kind], opacity: fading ? 0.25 : 0.9 }, data: points });
        }
      });
    });
    const labelled = [...nodes.keys()].sort((a, b) => nodes[b].volumeUsd - nodes[a].volumeUsd).slice(0, 40);
    series.push({ type: 'scatter', name: 'labels', symbolSize: 1, itemStyle: { opacity: 0 }, silent: true,
      label: { show: true, position: 'right', color: text, fontSize: 11, lineHeight: 14, formatter: (p) => nodes[p.value[2]].name },
      labelLayout: { hideOverlap: true },
      data: labelled.map((i) => [nodes[i].x, nodes[i].y, i]) });
    return {
      animation: false,
      textStyle: { color: text },
      legend: [{ top: 0, data: kinds.map((k) => KIND_LABELS[k]), textStyle: { color: text } }],
      tooltip: {
        confine: true,
        formatter: (p) => {
          const n = nodes[p.value && p.value[2]];
          if (!n) return '';
          return `<b>${escapeHtml(n.name)}</b><br>${escapeHtml(KIND_LABELS[n.kind] || n.kind)}<br>` +
            `${n.deals} deal${n.deals === 1 ? '' : 's'} · ${usd(n.volumeUsd)}`;
        },
      },
      grid: { left: 10, right: 10, top: 30, bottom: 10 },
      xAxis: { show: false, min: 0, max: 1000 },
      yAxis: { show: false, min: 0, max: 1000, inverse: true },
      dataZoom: [
        { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
        { type: 'inside', yAxisIndex: 0, filterMode: 'none' },
      ],
      series,
    };
  }

  bindEvents(chart) {
    chart.on('click', (p) => {
      if (this._large) {
        const n = this._large.nodes[p.value && p.value[2]];
        if (p.seriesType === 'scatter' && n) this.emit('node-click', { id: n.id });
      } else if (p.seriesIndex === 0 && p.dataType === 'node') {
        this.emit('node-click', { id: p.data.company.id });
      }
    });
  }

  describe(data) {
    const nodes = data.nodes || [];
    const edges = data.edges || [];
    if (!nodes.length) return 'No companies match these filters.';
    const names = new Map(nodes.map((n) => [n.id, n.name]));
    const top = [...nodes].sort((a, b) => b.volumeUsd - a.volumeUsd).slice(0, 3).map((n) => `${n.name} (${usd(n.volumeUsd)})`);
    const highlight = (data.highlight || []).map((id) => names.get(id)).filter(Boolean);
    const tieUps = (data.tieUps || []).map((t) => `${t.label} (ratio ${t.ratio})`);
    return `${nodes.length} compan${nodes.length === 1 ? 'y' : 'ies'} linked by ${edges.length} relationship` +
      `${edges.length === 1 ? '' : 's'} from payer to payee; the most deal volume: ${top.join(', ')}.` +
      (tieUps.length ? ` Tie-ups: ${tieUps.join(', ')}.` : '') +
      (highlight.length > 1 ? ` Highlighted: ${highlight.join(data.undirectedHighlight ? ' – ' : ' → ')}.` : '');
  }

  table(data) {
    const names = new Map((data.nodes || []).map((n) => [n.id, n.name]));
    const edges = [...(data.edges || [])].sort((a, b) => b.usd - a.usd);
    return {
      columns: [
        { label: 'Payer / investor' }, { label: 'Payee' }, { label: 'Type' }, { label: 'Deals', numeric: true },
        { label: 'USD', numeric: true }, { label: 'First' }, { label: 'Last' },
      ],
      rows: edges.map((e) => [
        names.get(e.source) || e.source, names.get(e.target) || e.target, TYPE_LABELS[e.type] || e.type, e.deals,
        usd(e.usd), e.first || '', e.last || '',
      ]),
    };
  }

  summary() {
    const d = this.data || {};
    return { nodes: (d.nodes || []).length, edges: (d.edges || []).length, highlighted: (d.highlight || []).length };
  }
}

customElements.define('pw-graph-chart', PwGraphChart);
