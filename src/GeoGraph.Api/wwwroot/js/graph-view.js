// The relationship graph on a Cytoscape canvas: whole views, expansions in place, filtering by
// hiding, keyboard focus. Timings of the last render and expansion are kept for benchmarks.
import { stylesheet } from './graph-style.js';
import { relationKey } from './queries.js';
import { radialLayout } from './radial-layout.js';

// Past this many edges the style and layout trade detail for speed.
const largeEdges = 1500;

export class GraphView {
  constructor(container, handlers) {
    this._container = container;
    this._handlers = handlers;
    this._pinned = new Set();
    this._focus = -1;
    this.timings = { render: null, phases: null, expand: null };
    window.cytoscape.use(window.cytoscapeFcose);
    this._cy = this._create(false);
    container.addEventListener('keydown', event => this._onKey(event));
  }

  _create(large) {
    const cy = window.cytoscape({
      container: this._container,
      style: stylesheet(large),
      minZoom: 0.05,
      maxZoom: 4,
      hideEdgesOnViewport: large,
      textureOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
    });
    cy.on('tap', 'node', e => this._handlers.onNode(e.target.id()));
    cy.on('tap', 'edge', e => this._handlers.onEdge(e.target.data()));
    cy.on('dbltap', 'node', e => this._handlers.onExpand(e.target.id()));
    cy.on('tap', e => { if (e.target === cy) this._handlers.onClear(); });
    this._large = large;
    return cy;
  }

  /** Replaces the view with a graph; `pinned` nodes stay visible whatever the filters hide. */
  async showAsync(graph, pinned = []) {
    const started = performance.now();
    const large = graph.edges.length > largeEdges;
    if (large !== this._large) {
      this._cy.destroy();
      this._cy = this._create(large);
    }
    this._pinned = new Set(pinned);
    this._focus = -1;
    this._cy.elements().remove();
    const elements = elementsOf(graph, this._cy, this._pinned);
    // A large graph gets rings by hops, placed before it is drawn: a force layout of thousands of
    // drawn nodes would take seconds. "Arrange" runs the force layout when asked.
    if (large) radialLayout(elements, pinned);
    this._cy.batch(() => this._cy.add(elements));
    const added = performance.now();
    // Styles are computed on first use; asking for a size here keeps that cost out of the next figure.
    this._cy.nodes().forEach(n => n.width());
    const styled = performance.now();
    if (!large) await this.arrangeAsync();
    this._fitToNodes(this._cy.nodes());
    const laidOut = performance.now();
    await nextFrame();
    this.timings.render = performance.now() - started;
    this.timings.phases = { add: added - started, style: styled - added, layout: laidOut - styled, paint: performance.now() - laidOut };
    return this.timings.render;
  }

  /** Adds a neighbourhood around an existing node, without moving what is already placed. */
  async mergeAsync(graph, around) {
    const started = performance.now();
    const centre = this._cy.getElementById(around);
    const origin = centre.nonempty() ? centre.position() : { x: 0, y: 0 };
    const fresh = elementsOf(graph, this._cy);
    const newNodes = fresh.filter(e => e.group === 'nodes');
    const radius = 80 + 6 * newNodes.length;
    newNodes.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / Math.max(newNodes.length, 1);
      node.position = { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) };
    });
    this._pinned.add(around);
    this._cy.batch(() => {
      const added = this._cy.add(fresh);
      added.edges().connectedNodes().forEach(n => n.data('degree', n.connectedEdges().length));
    });
    centre.addClass('centre');
    await nextFrame();
    this.timings.expand = performance.now() - started;
    return { added: newNodes.length, ms: this.timings.expand };
  }

  /** Lays out the whole view with fCoSE (spectral draft past 600 entities), then fits it. */
  async arrangeAsync() {
    const count = this._cy.nodes().length;
    if (count === 0) return;
    const layout = this._cy.layout({
      name: count > 1 ? 'fcose' : 'grid',
      quality: count > 600 ? 'draft' : 'default',
      randomize: true,
      animate: false,
      // Fitting here would measure every edge; fitting to the node positions below costs nothing.
      fit: false,
      nodeRepulsion: 6000,
      idealEdgeLength: 70,
      packComponents: false,
    });
    const done = new Promise(resolve => layout.one('layoutstop', resolve));
    layout.run();
    await done;
    this._fitToNodes(this._cy.nodes());
  }

  /** Fits the view to nodes by their positions and sizes alone, never exceeding a readable zoom. */
  _fitToNodes(nodes, padding = 30) {
    if (nodes.length === 0) return;
    let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
    nodes.forEach(n => {
      const { x, y } = n.position();
      const r = n.width() / 2 + 12;
      // Labels hang below a node and are about 6.5 px a character wide at 11 px.
      const half = Math.max(r, (n.data('name')?.length ?? 0) * 3.3);
      x1 = Math.min(x1, x - half); x2 = Math.max(x2, x + half);
      y1 = Math.min(y1, y - r); y2 = Math.max(y2, y + r + 14);
    });
    const width = this._cy.width() - 2 * padding;
    const height = this._cy.height() - 2 * padding;
    const zoom = Math.min(1.4, width / (x2 - x1), height / (y2 - y1));
    this._cy.viewport({ zoom, pan: { x: padding + (width - zoom * (x2 - x1)) / 2 - zoom * x1, y: padding + (height - zoom * (y2 - y1)) / 2 - zoom * y1 } });
  }

  /** Hides edges the predicate rejects and nodes left without a visible edge; returns the visible counts. */
  applyFilter(keepEdge) {
    this._cy.batch(() => {
      // Only elements whose visibility changes are touched: a class change restyles the element.
      const ends = new Set();
      const touched = new Set();
      this._cy.edges().forEach(e => {
        const data = e.data();
        const hide = !keepEdge(data);
        if (hide !== e.hasClass('hidden')) e.toggleClass('hidden', hide);
        touched.add(data.source).add(data.target);
        if (!hide) ends.add(data.source).add(data.target);
      });
      this._cy.nodes().forEach(n => {
        const id = n.id();
        const hide = !(this._pinned.has(id) || ends.has(id) || !touched.has(id));
        if (hide !== n.hasClass('hidden')) n.toggleClass('hidden', hide);
      });
    });
    return this.counts();
  }

  counts() {
    return {
      nodes: this._cy.nodes().not('.hidden').length,
      edges: this._cy.edges().not('.hidden').length,
    };
  }

  /** The visible graph, as plain data for export and for the list view. */
  visible() {
    return {
      nodes: this._cy.nodes().not('.hidden').map(n => ({ id: n.id(), name: n.data('name'), kind: n.data('kind'), aliases: n.data('aliases') })),
      edges: this._cy.edges().not('.hidden').map(e => e.data().relation),
    };
  }

  /** Where to click an element, in page coordinates: a point of it that no other node covers, or null when hidden. */
  screenPoint(id) {
    const element = this._cy.getElementById(id);
    if (element.empty() || element.hasClass('hidden')) return null;
    const others = this._cy.nodes().not('.hidden').not(element).map(n => n.boundingBox({ includeLabels: false }));
    const clear = p => !others.some(b => p.x >= b.x1 - 2 && p.x <= b.x2 + 2 && p.y >= b.y1 - 2 && p.y <= b.y2 + 2);
    const candidates = element.isNode() ? pointsIn(element) : pointsAlong(element);
    const at = candidates.find(clear) ?? candidates[0];
    const box = this._container.getBoundingClientRect();
    const zoom = this._cy.zoom();
    const pan = this._cy.pan();
    return { x: box.left + at.x * zoom + pan.x, y: box.top + at.y * zoom + pan.y };
  }

  has(id) {
    return this._cy.getElementById(id).nonempty();
  }

  node(id) {
    const n = this._cy.getElementById(id);
    return n.nonempty() ? n.data() : null;
  }

  select(id, centre = false) {
    this._cy.elements().unselect();
    const element = this._cy.getElementById(id);
    element.select();
    if (centre && element.isNode()) this._cy.animate({ center: { eles: element }, duration: 200 });
  }

  markPath(graph) {
    this._cy.elements().removeClass('path');
    graph.nodes.forEach(n => this._cy.getElementById(n.id).addClass('path'));
    graph.edges.forEach(e => this._cy.getElementById(relationKey(e)).addClass('path'));
  }

  centre() {
    return this._cy.nodes('.centre').map(n => n.id());
  }

  fit() {
    this._fitToNodes(this._cy.nodes().not('.hidden'));
  }

  png() {
    return this._cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
  }

  resize() {
    this._cy.resize();
  }

  _onKey(event) {
    const order = this._cy.nodes().not('.hidden').sort((a, b) => b.data('degree') - a.data('degree'));
    if (order.length === 0) return;
    const move = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    const current = order[this._focus % order.length];
    if (move) {
      this._focus = (this._focus + move + order.length) % order.length;
      this._cy.nodes().removeClass('focus');
      const node = order[this._focus].addClass('focus');
      this._cy.animate({ center: { eles: node }, duration: 150 });
      this._handlers.onFocus(node.data());
    } else if (event.key === 'Enter' && current) {
      this._handlers.onNode(current.id());
    } else if ((event.key === '+' || event.key === 'e') && current) {
      this._handlers.onExpand(current.id());
    } else if (event.key === 'f') {
      this.fit();
    } else if (event.key === 'Escape') {
      this._cy.nodes().removeClass('focus');
      this._handlers.onClear();
    } else {
      return;
    }
    event.preventDefault();
  }
}

function elementsOf(graph, cy, pinned = new Set()) {
  const elements = [];
  const present = new Set(cy.elements().map(e => e.id()));
  const degree = new Map();
  for (const edge of graph.edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  for (const node of graph.nodes) {
    if (!present.has(node.id))
      elements.push({
        group: 'nodes', classes: pinned.has(node.id) ? 'centre' : '',
        data: { id: node.id, name: node.name, kind: node.kind, aliases: node.aliases ?? [], degree: degree.get(node.id) ?? 0 },
      });
  }
  const ids = new Set(graph.nodes.map(n => n.id));
  for (const edge of graph.edges) {
    const id = relationKey(edge);
    const ends = [edge.from, edge.to].every(end => ids.has(end) || present.has(end));
    if (!ends || present.has(id)) continue;
    present.add(id);
    elements.push({
      group: 'edges',
      data: {
        id, source: edge.from, target: edge.to, type: edge.type,
        claimCount: edge.claimCount, hedgedCount: edge.hedgedCount,
        hedgedOnly: edge.hedgedCount > 0 && edge.hedgedCount >= edge.claimCount,
        firstReported: edge.firstReported, lastReported: edge.lastReported,
        relation: edge,
      },
    });
  }
  return elements;
}

/** The node's centre, then points around it inside its shape. */
function pointsIn(node) {
  const { x, y } = node.position();
  const r = Math.min(node.width(), node.height()) * 0.3;
  return [{ x, y }, ...[0, 1, 2, 3, 4, 5, 6, 7].map(i => ({ x: x + r * Math.cos(i * Math.PI / 4), y: y + r * Math.sin(i * Math.PI / 4) }))];
}

/** Points on the edge's line (or its curve, for bundled edges), from the middle outwards. */
function pointsAlong(edge) {
  const [p0, p2] = [edge.sourceEndpoint(), edge.targetEndpoint()];
  const control = edge.controlPoints()?.[0];
  const along = t => control
    ? { x: (1 - t) ** 2 * p0.x + 2 * (1 - t) * t * control.x + t * t * p2.x, y: (1 - t) ** 2 * p0.y + 2 * (1 - t) * t * control.y + t * t * p2.y }
    : { x: p0.x + t * (p2.x - p0.x), y: p0.y + t * (p2.y - p0.y) };
  return [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].map(along);
}

const nextFrame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
