// Every GraphQL operation the dashboard sends. Lists nested in lists get small `first` values:
// the service prices a query at each list's page size times its fields, at most 1,000 a query.
import { gql, allPages } from './api.js';

const entityFields = 'id name kind aliases';
const relationFields = 'from { id } type to { id } claimCount hedgedCount firstReported lastReported';
export const claimFields = `id text span { start length } form hedged negated
  speaker { id name kind } speakerDescription reportedBy { id name } reportedAt
  article { id title url outlet }`;

/** A relation's key: the same in the page, the URL and the exported files. */
export const relationKey = r => `${r.from.id ?? r.from}|${r.type}|${r.to.id ?? r.to}`;

const toGraph = subgraph => ({
  nodes: subgraph.nodes,
  edges: subgraph.edges.map(e => ({ ...e, from: e.from.id, to: e.to.id })),
  truncated: !!subgraph.truncated,
});

/** The server-side filter arguments of overview and the filtered network; null values are left out. */
function filterArguments(filters) {
  return {
    types: filters.types.length === 12 ? null : filters.types,
    since: filters.since ? `${filters.since}T00:00:00Z` : null,
    until: filters.until ? `${filters.until}T23:59:59Z` : null,
    minClaims: filters.minClaims,
    includeHedged: filters.includeHedged,
  };
}

const filterVariables = '$types: [RelationType!], $since: DateTimeOffset, $until: DateTimeOffset, $minClaims: Int, $includeHedged: Boolean';
const filterPass = 'types: $types, since: $since, until: $until, minClaims: $minClaims, includeHedged: $includeHedged';

/** The starting view: the most connected part of the graph (overview), else the best supported relations. */
export async function loadOverview(filters, caps, maxNodes = 150) {
  if (caps.overview) {
    const data = await gql(`query Overview(${filterVariables}, $maxNodes: Int) {
      overview(${filterPass}, maxNodes: $maxNodes) { nodes { ${entityFields} } edges { ${relationFields} } truncated } }`,
    { ...filterArguments(filters), maxNodes });
    return toGraph(data.overview);
  }
  const relations = await allPages(`query TopRelations($after: String) {
    relations(first: 50, after: $after) { pageInfo { hasNextPage endCursor }
      nodes { from { ${entityFields} } type to { ${entityFields} } claimCount hedgedCount firstReported lastReported } } }`,
  {}, d => d.relations, 3);
  const nodes = new Map();
  for (const r of relations) {
    nodes.set(r.from.id, r.from);
    nodes.set(r.to.id, r.to);
  }
  return toGraph({ nodes: [...nodes.values()], edges: relations, truncated: relations.length >= 150 });
}

/** An entity's neighbourhood; the filters go to the server when it takes them. */
export async function loadNetwork(centre, filters, caps, { depth = 1, maxNodes = 300 } = {}) {
  const filtered = caps.networkFilters;
  const data = await gql(`query Network($centre: ID!, $depth: Int, $maxNodes: Int${filtered ? ', ' + filterVariables : ''}) {
    network(centre: $centre, depth: $depth, maxNodes: $maxNodes${filtered ? ', ' + filterPass : ''}) {
      nodes { ${entityFields} } edges { ${relationFields} } truncated } }`,
  { centre, depth, maxNodes, ...(filtered ? filterArguments(filters) : {}) });
  return toGraph(data.network);
}

const evidenceFields = (caps) => `from { id name kind } type to { id name kind } claimCount hedgedCount firstReported lastReported
  ${caps.relationSpeakers ? 'speakers { speaker { id name } description claims }' : ''}
  claims(first: 30) { totalCount nodes { ${claimFields} } }`;

/** One relation with its evidence: looked up by its ends where the service can, else found by its place in its subject's list. */
export async function loadRelationEvidence(edge, caps) {
  if (caps.relationLookup) {
    const data = await gql(`query Relation($from: String, $to: String, $types: [RelationType!]) {
      relations(where: { from: $from, to: $to, types: $types }, first: 1) { nodes { ${evidenceFields(caps)} } } }`,
    { from: edge.from, to: edge.to, types: [edge.type] });
    return data.relations.nodes[0] ?? null;
  }
  const edges = [];
  let after = null;
  for (let page = 0; page < 20; page++) {
    const data = await gql(`query RelationCursors($type: RelationType, $entity: String, $after: String) {
      relations(type: $type, entity: $entity, first: 50, after: $after) {
        pageInfo { hasNextPage endCursor } edges { cursor node { from { id } to { id } } } } }`,
    { type: edge.type, entity: edge.from, after });
    edges.push(...data.relations.edges);
    if (edges.some(e => e.node.from.id === edge.from && e.node.to.id === edge.to) || !data.relations.pageInfo.hasNextPage) break;
    after = data.relations.pageInfo.endCursor;
  }
  const index = edges.findIndex(e => e.node.from.id === edge.from && e.node.to.id === edge.to);
  if (index < 0) return null;
  const data = await gql(`query RelationEvidence($type: RelationType, $entity: String, $after: String) {
    relations(type: $type, entity: $entity, first: 1, after: $after) { nodes { ${evidenceFields(caps)} } } }`,
  { type: edge.type, entity: edge.from, after: index === 0 ? null : edges[index - 1].cursor });
  return data.relations.nodes[0] ?? null;
}

/** Names, aliases, officials, presence and the claims by and about one entity. */
export async function loadEntityDetails(id, caps) {
  const officials = caps.officials ? '... on Organisation { officials(first: 20) { nodes { id name title role } } }' : '';
  const presence = caps.presentIn ? '... on Group { presentIn { id name kind } }' : '';
  const claims = caps.entityClaims
    ? `claimsBy(first: 8) { totalCount nodes { ${claimFields} } } claimsAbout(first: 8) { totalCount nodes { ${claimFields} } }`
    : '';
  const data = await gql(`query Entity($id: ID!) { entity(id: $id) { ${entityFields}
    ... on Organisation { category country { id name } partOf { id name } }
    ... on Group { category }
    ... on Official { title role organisation { id name } }
    ... on Province { provinceCode: isoCode province: country { id name } }
    ... on Country { isoCode }
    ${officials} ${presence} ${claims} } }`, { id });
  const entity = data.entity;
  if (!entity) return null;
  // Province.country and isoCode differ in nullability from Organisation's and Country's, so they come aliased.
  entity.country ??= entity.province;
  entity.isoCode ??= entity.provinceCode;
  if (entity.officials?.nodes) entity.officials = entity.officials.nodes;
  if (!caps.entityClaims) Object.assign(entity, await claimsByAndAbout(entity.name));
  if (entity.kind === 'ORGANISATION' && !caps.officials) entity.officials = await officialsOf(entity.id);
  if (entity.kind === 'GROUP' && !caps.presentIn) entity.presentIn = await placesOf(entity.id);
  return entity;
}

async function claimsByAndAbout(name) {
  const data = await gql(`query EntityClaims($name: String) {
    by: claims(filter: { speaker: $name }, first: 8) { totalCount nodes { ${claimFields} } }
    about: claims(filter: { about: $name }, first: 8) { totalCount nodes { ${claimFields} } } }`, { name });
  return { claimsBy: data.by, claimsAbout: data.about };
}

async function officialsOf(id) {
  const data = await gql(`{ entities(kind: OFFICIAL, first: 100) { nodes { id name
    ... on Official { title role organisation { id } } } } }`);
  return data.entities.nodes.filter(o => o.organisation?.id === id);
}

async function placesOf(id) {
  const data = await gql(`query Presence($id: String) { relations(type: PRESENT_IN, entity: $id, first: 40) {
    nodes { from { id } to { id name kind } } } }`, { id });
  return data.relations.nodes.filter(r => r.from.id === id).map(r => r.to);
}

/** Entities whose name or alias matches, best first. */
export async function suggestEntities(text, caps, first = 8) {
  if (caps.search) {
    const data = await gql(`query Search($text: String!, $first: Int) {
      search(text: $text, kinds: [ENTITY], first: $first) { nodes { entity { ${entityFields} } } } }`, { text, first });
    return data.search.nodes.map(h => h.entity).filter(Boolean);
  }
  const data = await gql(`query Suggest($text: String, $first: Int) {
    entities(search: $text, first: $first) { nodes { ${entityFields} } } }`, { text, first });
  return data.entities.nodes;
}

/** Shortest paths between two entities as one graph, or an empty graph when none is found. */
export async function loadPath(from, to, caps, maxHops = 4) {
  if (!caps.path) return shortestPathInNeighbourhood(await loadNetwork(from, null, { networkFilters: false }, { depth: 3, maxNodes: 1000 }), from, to);
  // The service prices each plain list at ten items, so the paths come bare and their relations' counts come after.
  const data = await gql(`query Path($from: ID!, $to: ID!, $maxHops: Int) {
    path(from: $from, to: $to, maxHops: $maxHops) { nodes { id name kind } steps { from { id } type to { id } } } }`,
  { from, to, maxHops });
  const nodes = new Map(data.path.flatMap(p => p.nodes).map(n => [n.id, n]));
  const steps = new Map(data.path.flatMap(p => p.steps).map(s => [relationKey(s), s]));
  return toGraph({ nodes: [...nodes.values()], edges: await relationsByKeyAsync([...steps.values()]) });
}

/** Full relations for bare (from, type, to) triples, fifteen to a query. */
async function relationsByKeyAsync(triples) {
  const relations = [];
  for (let i = 0; i < triples.length; i += 15) {
    const batch = triples.slice(i, i + 15);
    const fields = batch.map((t, j) =>
      `r${j}: relations(where: { from: ${JSON.stringify(t.from.id)}, to: ${JSON.stringify(t.to.id)}, types: [${t.type}] }, first: 1) { nodes { ${relationFields} } }`);
    const data = await gql(`{ ${fields.join('\n')} }`);
    batch.forEach((t, j) => relations.push(data[`r${j}`].nodes[0] ?? { ...t, claimCount: 1, hedgedCount: 0, firstReported: '', lastReported: '' }));
  }
  return relations;
}

function shortestPathInNeighbourhood(graph, from, to) {
  const previous = new Map([[from, null]]);
  const queue = [from];
  while (queue.length && !previous.has(to)) {
    const at = queue.shift();
    for (const edge of graph.edges) {
      const next = edge.from === at ? edge.to : edge.to === at ? edge.from : null;
      if (next && !previous.has(next)) {
        previous.set(next, edge);
        queue.push(next);
      }
    }
  }
  if (!previous.has(to)) return { nodes: [], edges: [] };
  const edges = [];
  for (let at = to, edge; (edge = previous.get(at)); at = edge.from === at ? edge.to : edge.from) edges.push(edge);
  const ids = new Set(edges.flatMap(e => [e.from, e.to]).concat(from));
  return { nodes: graph.nodes.filter(n => ids.has(n.id)), edges };
}

/** Claims per week, oldest first ([{ start: Date, total }]): about one entity where the service keeps timelines, else over the whole graph. */
export async function loadTimeline(caps, entity) {
  if (caps.timeline && entity) {
    const data = await gql('query Timeline($entity: ID!) { timeline(entity: $entity, bucket: WEEK) { start mentions } }', { entity });
    return data.timeline.map(b => ({ start: new Date(`${b.start}T00:00:00Z`), total: b.mentions }));
  }
  const claims = await allPages(`query ClaimDates($after: String) {
    claims(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { reportedAt } } }`,
  {}, d => d.claims, 30);
  return bucketByWeek(claims.map(c => new Date(c.reportedAt)));
}

function bucketByWeek(dates) {
  const week = 7 * 24 * 3600 * 1000;
  const counts = new Map();
  for (const date of dates) {
    // Weeks start on Monday, 00:00 UTC (1970-01-05 was a Monday).
    const start = Math.floor((date.getTime() - 4 * 24 * 3600 * 1000) / week) * week + 4 * 24 * 3600 * 1000;
    counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([start, total]) => ({ start: new Date(start), total }));
}

/** Keys of the relations asserted by the claims (up to 600 of each) of one speaker or reported by one outlet. */
export async function relationKeysFor(name, caps) {
  const query = field => allPages(`query SaidBy($name: String, $after: String) {
    claims(filter: { ${field}: $name }, first: 10, after: $after) { pageInfo { hasNextPage endCursor }
      nodes { relations { from { id } type to { id } } } } }`, { name }, d => d.claims, 60);
  const claims = [...await query('speaker'), ...(caps.outletFilter ? await query('outlet') : [])];
  return new Set(claims.flatMap(c => c.relations.map(relationKey)));
}

export async function loadArticle(id) {
  const data = await gql('query Article($id: ID!) { article(id: $id) { id title url outlet publishedAt body } }', { id });
  return data.article;
}

export async function loadStats() {
  return (await gql('{ stats { articles claims entities relations } }')).stats;
}
