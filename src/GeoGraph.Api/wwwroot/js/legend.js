// The legend of entity kinds, and the visible relations as a list (the graph for keyboard and screen-reader users).
import { el } from './dom.js';
import { kinds, relationTypes } from './graph-style.js';
import { relationKey } from './queries.js';

const shapes = { ellipse: '●', 'round-rectangle': '■', diamond: '◆', hexagon: '⬢', triangle: '▲' };

export function renderLegend(list) {
  list.replaceChildren(...Object.values(kinds).map(k =>
    el('li', {}, el('span', { class: 'shape', style: `color:${k.colour}`, 'aria-hidden': 'true' }, shapes[k.shape] ?? '●'), ' ', k.label)));
}

const listLimit = 300;

/** Lists up to 300 visible relations, most claims first; each is a button that opens its evidence. */
export function renderRelationList(list, view, onSelect) {
  const graph = view.visible();
  const names = new Map(graph.nodes.map(n => [n.id, n.name]));
  const edges = [...graph.edges].sort((a, b) => b.claimCount - a.claimCount).slice(0, listLimit);
  list.replaceChildren(...edges.map(e => el('li', {},
    el('button', { type: 'button', class: 'link', onclick: () => onSelect(relationKey(e)) },
      `${names.get(e.from)} ${relationTypes[e.type]?.label ?? e.type} ${names.get(e.to)}`),
    ` (${e.claimCount} claim${e.claimCount === 1 ? '' : 's'}${e.hedgedCount ? `, ${e.hedgedCount} hedged` : ''})`)));
  if (graph.edges.length > listLimit) list.append(el('li', { class: 'hint' }, `…and ${graph.edges.length - listLimit} more.`));
}
