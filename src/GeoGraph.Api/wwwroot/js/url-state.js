// The view in the address bar, so a view can be shared: which entities it is centred on (the start
// view when none), which it expanded, the filters, the selected node or relation, and a path's two ends.
import { allTypes, defaultFilters } from './filters.js';

export function readUrl(location = window.location) {
  const p = new URLSearchParams(location.search);
  const list = name => (p.get(name) ?? '').split(',').filter(Boolean);
  const filters = defaultFilters();
  if (p.has('types')) filters.types = list('types').filter(t => allTypes.includes(t));
  filters.since = p.get('since') ?? '';
  filters.until = p.get('until') ?? '';
  filters.minClaims = Math.max(1, parseInt(p.get('min') ?? '1', 10) || 1);
  filters.includeHedged = p.get('hedged') !== '0';
  filters.speaker = p.get('speaker') ?? '';
  const path = list('path');
  return { centre: list('centre'), expanded: list('expand'), filters, selected: p.get('sel') ?? '', path: path.length === 2 ? path : null };
}

export function writeUrl({ centre, expanded, filters, selected, path }) {
  const p = new URLSearchParams();
  if (path) p.set('path', path.join(','));
  else if (centre.length) p.set('centre', centre.join(','));
  if (expanded.length) p.set('expand', expanded.join(','));
  if (filters.types.length !== allTypes.length) p.set('types', filters.types.join(','));
  if (filters.since) p.set('since', filters.since);
  if (filters.until) p.set('until', filters.until);
  if (filters.minClaims > 1) p.set('min', String(filters.minClaims));
  if (!filters.includeHedged) p.set('hedged', '0');
  if (filters.speaker) p.set('speaker', filters.speaker);
  if (selected) p.set('sel', selected);
  const query = p.toString().replaceAll('%2C', ',').replaceAll('%3A', ':').replaceAll('%7C', '|');
  const url = `${window.location.pathname}${query ? '?' + query : ''}`;
  if (url !== window.location.pathname + window.location.search) history.replaceState(null, '', url);
}
