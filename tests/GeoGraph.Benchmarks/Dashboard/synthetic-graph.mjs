// A synthetic graph of the size the dashboard must handle, and the GraphQL answers the page asks
// for while it renders and expands it. Deterministic: the same seed gives the same graph.
const kinds = ['GROUP', 'GROUP', 'GROUP', 'ORGANISATION', 'OFFICIAL', 'COUNTRY', 'PROVINCE', 'PROVINCE'];
const types = ['ALLIED_WITH', 'SEEKS_ALLIANCE_WITH', 'IN_CONTACT_WITH', 'CUT_TIES_WITH', 'NEGOTIATES_WITH', 'SUPPORTS',
  'ATTACKS', 'THREATENS', 'ACCUSES', 'PART_OF', 'PRESENT_IN', 'CONTROLS'];

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const node = (id, next) => ({ __typename: 'Group', id, name: id.replace('n:', 'Actor '), kind: kinds[Math.floor(next() * kinds.length)], aliases: [] });

function edge(from, to, next) {
  const claims = 1 + Math.floor(next() ** 3 * 25);
  const first = new Date(Date.UTC(2025, 0, 6) + Math.floor(next() * 280) * 86400000);
  return {
    from: { id: from }, type: types[Math.floor(next() * types.length)], to: { id: to },
    claimCount: claims, hedgedCount: next() < 0.15 ? claims : 0,
    firstReported: first.toISOString(), lastReported: new Date(first.getTime() + Math.floor(next() * 60) * 86400000).toISOString(),
  };
}

/** nodes × edges, hub-heavy: each edge picks one end by preferential attachment, as real relation graphs do. */
export function syntheticGraph(nodeCount = 2000, edgeCount = 6000, seed = 2000) {
  const next = random(seed);
  const nodes = Array.from({ length: nodeCount }, (_, i) => node(`n:${i}`, next));
  const ends = [];
  const seen = new Set();
  const edges = [];
  while (edges.length < edgeCount) {
    const a = edges.length < nodeCount ? edges.length : Math.floor(next() * nodeCount);
    const b = ends.length && next() < 0.7 ? ends[Math.floor(next() * ends.length)] : Math.floor(next() * nodeCount);
    const e = edge(`n:${a}`, `n:${b}`, next);
    const key = `${e.from.id}|${e.type}|${e.to.id}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    edges.push(e);
    ends.push(a, b);
  }
  return { nodes, edges, truncated: false };
}

/** The neighbourhood of one node when expanded: its relations in the graph, plus new entities around it. */
export function expansion(graph, centre, fresh = 60, seed = 7) {
  const next = random(seed);
  const edges = graph.edges.filter(e => e.from.id === centre || e.to.id === centre);
  const ids = new Set(edges.flatMap(e => [e.from.id, e.to.id]).concat(centre));
  const nodes = graph.nodes.filter(n => ids.has(n.id));
  for (let i = 0; i < fresh; i++) {
    const added = node(`${centre}/new-${i}`, next);
    nodes.push(added);
    edges.push(edge(centre, added.id, next));
  }
  return { nodes, edges, truncated: false };
}

/** Answers one GraphQL request the way the service would for this graph. */
export function answer(graph, body) {
  const { query, variables } = body;
  if (query.includes('__type')) return { data: { query: null, mutation: null, relation: null, entity: null, organisation: null, group: null, claimFilter: null } };
  if (query.includes('query Network')) {
    return { data: { network: variables.centre === 'n:0' ? graph : expansion(graph, variables.centre) } };
  }
  if (query.includes('query ClaimDates')) return { data: { claims: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } } };
  return { errors: [{ message: 'The benchmark stub does not answer this query.' }] };
}
