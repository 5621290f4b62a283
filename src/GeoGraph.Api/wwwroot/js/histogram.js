// Claims per week as bars, with a brush: drag across the bars to pick a time range, click to clear it.
// Keyboard users set the same range with the date fields beside it.
import { day } from './dom.js';

const svgNs = 'http://www.w3.org/2000/svg';
const week = 7 * 24 * 3600 * 1000;
const height = 64;

function svg(tag, attributes) {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

export class Histogram {
  constructor(container, onRange) {
    this._container = container;
    this._onRange = onRange;
    this._buckets = [];
  }

  show(buckets) {
    this._buckets = buckets;
    this._container.replaceChildren();
    if (buckets.length === 0) {
      this._container.textContent = 'No dated claims yet.';
      return;
    }
    const first = buckets[0].start.getTime();
    const weeks = Math.round((buckets.at(-1).start.getTime() - first) / week) + 1;
    const max = Math.max(...buckets.map(b => b.total));
    const root = svg('svg', { viewBox: `0 0 ${weeks} ${height}`, preserveAspectRatio: 'none', class: 'histogram', role: 'img' });
    const label = `Claims per week: ${buckets.reduce((s, b) => s + b.total, 0)} claims from ${day(first)} to ${day(buckets.at(-1).start)}. Drag to choose a time range.`;
    root.setAttribute('aria-label', label);
    for (const bucket of buckets) {
      const x = Math.round((bucket.start.getTime() - first) / week);
      const h = Math.max(1, (bucket.total / max) * (height - 2));
      const bar = svg('rect', { x: x + 0.1, y: height - h, width: 0.8, height: h, class: 'bar' });
      bar.append(Object.assign(document.createElementNS(svgNs, 'title'), { textContent: `week of ${day(bucket.start)}: ${bucket.total} claims` }));
      root.append(bar);
    }
    this._brush = svg('rect', { x: 0, y: 0, width: 0, height, class: 'brush' });
    root.append(this._brush);
    this._first = first;
    this._weeks = weeks;
    this._bind(root);
    this._container.append(root);
  }

  _bind(root) {
    const weekAt = event => {
      const box = root.getBoundingClientRect();
      return Math.min(this._weeks - 1, Math.max(0, Math.floor(((event.clientX - box.left) / box.width) * this._weeks)));
    };
    let start = null;
    root.addEventListener('pointerdown', event => {
      start = weekAt(event);
      root.setPointerCapture(event.pointerId);
      this._draw(start, start);
    });
    root.addEventListener('pointermove', event => { if (start !== null) this._draw(start, weekAt(event)); });
    root.addEventListener('pointerup', event => {
      if (start === null) return;
      const end = weekAt(event);
      const [a, b] = [Math.min(start, end), Math.max(start, end)];
      start = null;
      if (a === b && this._brush.getAttribute('width') === '1' && this._selected) {
        this._selected = false;
        this._draw(0, -1);
        this._onRange('', '');
        return;
      }
      this._selected = true;
      this._onRange(day(this._first + a * week), day(this._first + (b + 1) * week - 1));
    });
  }

  _draw(a, b) {
    const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
    this._brush.setAttribute('x', lo);
    this._brush.setAttribute('width', Math.max(0, hi - lo + 1));
  }

  /** Shows a range typed in the date fields (or restored from the URL) as the brush. */
  showRange(since, until) {
    if (!this._brush) return;
    if (!since && !until) {
      this._selected = false;
      return this._draw(0, -1);
    }
    const at = date => Math.floor((new Date(date).getTime() - this._first) / week);
    this._selected = true;
    this._draw(Math.max(0, since ? at(since) : 0), Math.min(this._weeks - 1, until ? at(until) : this._weeks - 1));
  }
}
