// How the graph looks: node shape and colour by entity kind, edge colour by relation type,
// edge width by supporting claims, dashed when every supporting claim is hedged.
export const kinds = {
  GROUP: { label: 'Group', shape: 'ellipse', colour: '#c0392b' },
  ORGANISATION: { label: 'Organisation', shape: 'round-rectangle', colour: '#2e6da4' },
  OFFICIAL: { label: 'Official', shape: 'diamond', colour: '#7d3c98' },
  COUNTRY: { label: 'Country', shape: 'hexagon', colour: '#1e8449' },
  PROVINCE: { label: 'Province', shape: 'triangle', colour: '#7daa3c' },
};

export const relationTypes = {
  ALLIED_WITH: { label: 'allied with', colour: '#1f9d55' },
  SEEKS_ALLIANCE_WITH: { label: 'seeks alliance with', colour: '#6fbf40' },
  IN_CONTACT_WITH: { label: 'in contact with', colour: '#17a2b8' },
  CUT_TIES_WITH: { label: 'cut ties with', colour: '#8e6c4a' },
  NEGOTIATES_WITH: { label: 'negotiates with', colour: '#3867d6' },
  SUPPORTS: { label: 'supports', colour: '#0b7a75' },
  ATTACKS: { label: 'attacks', colour: '#d63031' },
  THREATENS: { label: 'threatens', colour: '#e67e22' },
  ACCUSES: { label: 'accuses', colour: '#b8860b' },
  PART_OF: { label: 'part of', colour: '#636e72' },
  PRESENT_IN: { label: 'present in', colour: '#a29bfe' },
  CONTROLS: { label: 'controls', colour: '#6c5ce7' },
};

/** The Cytoscape stylesheet; `large` drops arrows, curves and edge labels to keep big graphs fast. */
export function stylesheet(large) {
  // Plain selectors per kind and type, not function mappers: Cytoscape caches them, which keeps thousands of elements fast.
  const byKind = Object.entries(kinds).map(([kind, { shape, colour }]) =>
    ({ selector: `node[kind = "${kind}"]`, style: { shape, 'background-color': colour } }));
  const byType = Object.entries(relationTypes).map(([type, { colour }]) =>
    ({ selector: `edge[type = "${type}"]`, style: { 'line-color': colour, 'target-arrow-color': colour } }));
  return [
    {
      selector: 'node',
      style: {
        // A large graph names only its hubs (and what is selected): measuring thousands of labels costs more than drawing the graph.
        label: large ? '' : 'data(name)',
        'background-color': '#888',
        width: 'mapData(degree, 1, 30, 18, 46)',
        height: 'mapData(degree, 1, 30, 18, 46)',
        'font-size': 11,
        color: '#1d2327',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#fff',
        'text-outline-width': 2,
        'min-zoomed-font-size': large ? 9 : 6,
      },
    },
    ...byKind,
    ...(large ? [{ selector: 'node[degree >= 12], node:selected, node.focus, node.centre', style: { label: 'data(name)' } }] : []),
    {
      selector: 'edge',
      style: {
        'line-color': '#999',
        'target-arrow-shape': large ? 'none' : 'triangle',
        'arrow-scale': 0.8,
        width: 'mapData(claimCount, 1, 12, 1.5, 8)',
        'curve-style': large ? 'haystack' : 'bezier',
        opacity: large ? 1 : 0.85,
      },
    },
    ...byType,
    { selector: 'edge[?hedgedOnly]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.centre', style: { 'border-width': 3, 'border-color': '#1d2327' } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#f1c40f' } },
    { selector: 'edge.path', style: { 'line-color': '#f1c40f', 'target-arrow-color': '#f1c40f', opacity: 1 } },
    { selector: ':selected', style: { 'overlay-color': '#f39c12', 'overlay-opacity': 0.3, 'overlay-padding': 6 } },
    { selector: 'node.focus', style: { 'overlay-color': '#0b5394', 'overlay-opacity': 0.25, 'overlay-padding': 8 } },
  ];
}
