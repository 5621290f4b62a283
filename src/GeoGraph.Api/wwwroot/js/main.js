// The dashboard: wires the graph, filters, evidence, search, path, import and export to the view
// state that the address bar holds.
import { Capabilities } from './capabilities.js';
import { bindApiKeyDialog } from './api-key.js';
import { GraphView } from './graph-view.js';
import { FilterForm, edgePredicate } from './filters.js';
import { Histogram } from './histogram.js';
import { EvidencePanel } from './evidence.js';
import { EntityPicker } from './entity-picker.js';
import { ImportPanel } from './import-panel.js';
import { showArticleAsync } from './article-view.js';
import { exportPngAsync, exportGraphMl, exportJson } from './export.js';
import { readUrl, writeUrl } from './url-state.js';
import { renderLegend, renderRelationList } from './legend.js';
import * as q from './queries.js';

const $ = selector => document.querySelector(selector);
const caps = await Capabilities.loadAsync();
const state = { ...readUrl(), speakerKeys: null };

const status = (text, kind = 'info') => {
  $('#status').textContent = text;
  $('#status').className = kind;
};

let pending = 0;
let failed = false;

/** Runs one user action: marks the page busy until every running action ends, reports failures in the status line. */
async function run(what, action) {
  if (pending++ === 0) failed = false;
  document.body.dataset.state = 'loading';
  try {
    await action();
  } catch (error) {
    failed = true;
    const credentials = ['UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'FORBIDDEN'].includes(error.code);
    status(`${what} failed: ${error.message}${credentials ? ' Enter an API key with the right role (API key, top right).' : ''}`, 'error');
  } finally {
    if (--pending === 0) document.body.dataset.state = failed ? 'error' : 'ready';
  }
}

// A double-click taps twice before it expands: the second tap must not load the entity again.
let lastTap = { id: null, at: 0 };

const view = new GraphView($('#graph'), {
  onNode: id => {
    const repeated = lastTap.id === id && performance.now() - lastTap.at < 500;
    lastTap = { id, at: performance.now() };
    if (!repeated) run('Loading the entity', () => selectEntityAsync(id, { onCanvas: true }));
  },
  onEdge: data => run('Loading the evidence', () => selectRelationAsync(data)),
  onExpand: id => run('Expanding', () => expandAsync(id)),
  onClear: () => {
    state.selected = '';
    evidence.clear();
    saveUrl();
  },
  onFocus: node => status(`${node.name} (${node.kind.toLowerCase()}), ${node.degree} relations. Enter shows it, E expands it.`),
});

const evidence = new EvidencePanel($('#evidence'), {
  onArticle: (id, span) => run('Opening the article', () => showArticleAsync($('#article-dialog'), id, span)),
  onEntity: id => run('Loading the entity', () => selectEntityAsync(id)),
  onExpand: id => run('Expanding', () => expandAsync(id)),
  onCentre: id => centreOn(id),
});

const filters = new FilterForm($('#filters'), changed => run('Filtering', () => filtersChangedAsync(changed)));
filters.set(state.filters);
const histogram = new Histogram($('#histogram'), (since, until) => filters.setRange(since, until));

function saveUrl() {
  writeUrl(state);
}

/** Loads the view the state names (path, centred networks or the start view), then its expansions. */
async function loadViewAsync() {
  status('Loading the graph…');
  let graph;
  let pinned = [];
  if (state.path) {
    graph = await q.loadPath(state.path[0], state.path[1], caps);
    pinned = state.path;
  } else if (state.centre.length) {
    const parts = await Promise.all(state.centre.map(c => q.loadNetwork(c, state.filters, caps)));
    graph = { nodes: parts.flatMap(p => p.nodes), edges: parts.flatMap(p => p.edges), truncated: parts.some(p => p.truncated) };
    pinned = state.centre;
  } else {
    graph = await q.loadOverview(state.filters, caps);
  }
  const ms = await view.showAsync(graph, pinned);
  await showHistogramAsync();
  for (const id of state.expanded) await view.mergeAsync(await q.loadNetwork(id, state.filters, caps), id);
  if (state.path) view.markPath(graph);
  const counts = applyFilters();
  status(`${state.path ? 'Path' : state.centre.length ? 'Neighbourhood' : 'Most connected groups'}: drawn in ${Math.round(ms)} ms${graph.truncated ? ' (cut short at the node limit)' : ''}.`);
  if (state.path && counts.edges === 0) status('No path within four hops.');
  await restoreSelectionAsync();
}

async function restoreSelectionAsync() {
  if (!state.selected) return;
  if (state.selected.includes('|')) {
    const [from, type, to] = state.selected.split('|');
    await selectRelationAsync({ id: state.selected, relation: { from, type, to } });
  } else {
    await selectEntityAsync(state.selected);
  }
}

function applyFilters() {
  const counts = view.applyFilter(edgePredicate(state.filters, state.speakerKeys));
  const out = $('#graph-counts');
  out.dataset.nodes = counts.nodes;
  out.dataset.edges = counts.edges;
  out.textContent = `${counts.nodes} entities · ${counts.edges} relations`;
  if ($('#list-panel').open) renderRelationList($('#relation-list'), view, id => selectFromList(id));
  histogram.showRange(state.filters.since, state.filters.until);
  saveUrl();
  return counts;
}

async function filtersChangedAsync(changed) {
  const serverSide = ['types', 'since', 'until', 'minClaims', 'includeHedged']
    .some(k => JSON.stringify(changed[k]) !== JSON.stringify(state.filters[k]));
  const speakerChanged = changed.speaker !== state.filters.speaker;
  state.filters = changed;
  if (speakerChanged) state.speakerKeys = changed.speaker ? await q.relationKeysFor(changed.speaker, caps) : null;
  const reload = serverSide && !state.path && (state.centre.length ? caps.networkFilters : caps.overview);
  if (reload) await loadViewAsync();
  else applyFilters();
}

/** Shows an entity's evidence; one chosen elsewhere (search, list, links) is also brought to the middle of the graph. */
async function selectEntityAsync(id, { onCanvas = false } = {}) {
  state.selected = id;
  saveUrl();
  if (view.has(id)) view.select(id, !onCanvas);
  evidence.loading('the entity');
  const entity = await q.loadEntityDetails(id, caps);
  if (entity) evidence.showEntity(entity);
  else evidence.error('This entity is not in the graph.');
}

async function selectRelationAsync(data) {
  state.selected = data.id;
  saveUrl();
  view.select(data.id);
  evidence.loading('the claims');
  const relation = await q.loadRelationEvidence(data.relation, caps);
  if (relation) evidence.showRelation(relation);
  else evidence.error('This relation is no longer in the graph.');
}

function selectFromList(id) {
  const node = view.node(id);
  if (node?.source) run('Loading the evidence', () => selectRelationAsync(node));
  else run('Loading the entity', () => selectEntityAsync(id));
}

async function expandAsync(id) {
  status('Expanding…');
  const started = performance.now();
  const graph = await q.loadNetwork(id, state.filters, caps);
  if (!view.has(id)) {
    state.centre = [id];
    state.expanded = [];
    state.path = null;
    await loadViewAsync();
    return;
  }
  const { added, ms } = await view.mergeAsync(graph, id);
  if (!state.expanded.includes(id) && !state.centre.includes(id)) state.expanded.push(id);
  applyFilters();
  status(`Expanded: ${added} new entities, drawn in ${Math.round(ms)} ms (${Math.round(performance.now() - started)} ms with the query).`);
}

function centreOn(id) {
  state.centre = [id];
  state.expanded = [];
  state.path = null;
  state.selected = id;
  return run('Loading the graph', loadViewAsync);
}

new EntityPicker($('#search'), caps, entity => centreOn(entity.id));
$('.search').addEventListener('submit', event => event.preventDefault());

const pathFrom = new EntityPicker($('#path-from'), caps, () => {});
const pathTo = new EntityPicker($('#path-to'), caps, () => {});
$('#path-form').addEventListener('submit', event => {
  event.preventDefault();
  const from = pathFrom.entity?.id ?? $('#path-from').value.trim();
  const to = pathTo.entity?.id ?? $('#path-to').value.trim();
  if (!from || !to) return status('Choose both ends of the path.', 'error');
  state.path = [from, to];
  state.centre = [];
  state.expanded = [];
  state.selected = '';
  run('Finding the path', async () => {
    await loadViewAsync();
    $('.path-result').textContent = `${view.counts().edges} relations on the shortest paths.`;
  });
});

const importPanel = new ImportPanel($('#import-form'), caps, () => run('Refreshing', refreshAsync));

$('#start-view').addEventListener('click', () => {
  Object.assign(state, { centre: [], expanded: [], path: null, selected: '' });
  evidence.clear();
  run('Loading the graph', loadViewAsync);
});
$('#fit-view').addEventListener('click', () => view.fit());
$('#arrange-view').addEventListener('click', () => run('Arranging', async () => {
  status('Arranging…');
  const started = performance.now();
  await view.arrangeAsync();
  status(`Arranged in ${Math.round(performance.now() - started)} ms.`);
}));
$('#export-png').addEventListener('click', () => run('Export', () => exportPngAsync(view)));
$('#export-graphml').addEventListener('click', () => exportGraphMl(view));
$('#export-json').addEventListener('click', () => exportJson(view, state));
$('#list-panel').addEventListener('toggle', () => { if ($('#list-panel').open) renderRelationList($('#relation-list'), view, id => selectFromList(id)); });
bindApiKeyDialog({
  button: $('#api-key'),
  dialog: $('#key-dialog'),
  onChange: () => run('Reloading', async () => {
    await caps.reloadAsync();
    importPanel.update();
    await refreshAsync();
  }),
});
new ResizeObserver(() => view.resize()).observe($('#graph'));
renderLegend($('#legend-kinds'));

// The histogram is about the centred entity where the service keeps timelines, else about every claim.
let histogramFor = null;

async function showHistogramAsync(force = false) {
  const entity = caps.timeline && !state.path ? state.centre[0] ?? '' : '';
  if (!force && entity === histogramFor) return;
  histogramFor = entity;
  histogram.show(await q.loadTimeline(caps, entity));
  histogram.showRange(state.filters.since, state.filters.until);
}

async function refreshAsync() {
  await showHistogramAsync(true);
  if (state.filters.speaker) state.speakerKeys = await q.relationKeysFor(state.filters.speaker, caps);
  await loadViewAsync();
}

// Timings and counts for benchmarks and browser tests; read-only use.
window.geograph = { timings: view.timings, counts: () => view.counts(), screenPoint: id => view.screenPoint(id), capabilities: caps };

await run('Loading the graph', refreshAsync);
