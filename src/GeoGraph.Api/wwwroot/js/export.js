// The current view as files: PNG (the canvas), GraphML (for Gephi, yEd, NetworkX) and JSON.
import { download } from './dom.js';
import { relationKey } from './queries.js';

export async function exportPngAsync(view) {
  download(await view.png(), 'geograph-view.png');
}

export function exportJson(view, state) {
  const graph = view.visible();
  const document = { view: window.location.href, filters: state.filters, nodes: graph.nodes, edges: graph.edges };
  download(new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }), 'geograph-view.json');
}

export function exportGraphMl(view) {
  download(new Blob([graphMl(view.visible())], { type: 'application/graphml+xml' }), 'geograph-view.graphml');
}

const escape = text => String(text ?? '').replace(/[<>&"']/g, c => `&#${c.charCodeAt(0)};`);

/** GraphML with typed keys for the node kind and the relation's type, counts and dates. */
export function graphMl(graph) {
  const keys = [
    ['name', 'node', 'string'], ['kind', 'node', 'string'], ['aliases', 'node', 'string'],
    ['type', 'edge', 'string'], ['claimCount', 'edge', 'int'], ['hedgedCount', 'edge', 'int'],
    ['firstReported', 'edge', 'string'], ['lastReported', 'edge', 'string'],
  ];
  const data = (name, value) => `<data key="${name}">${escape(value)}</data>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(([name, scope, type]) => `  <key id="${name}" for="${scope}" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="geograph" edgedefault="directed">',
    ...graph.nodes.map(n => `    <node id="${escape(n.id)}">${data('name', n.name)}${data('kind', n.kind)}${data('aliases', (n.aliases ?? []).join('|'))}</node>`),
    ...graph.edges.map(e => `    <edge id="${escape(relationKey(e))}" source="${escape(e.from)}" target="${escape(e.to)}">${data('type', e.type)}${data('claimCount', e.claimCount)}${data('hedgedCount', e.hedgedCount)}${data('firstReported', e.firstReported)}${data('lastReported', e.lastReported)}</edge>`),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n');
}
