// The import panel (importer role): paste an article, preview what extraction finds, commit it,
// and see what was stored. The service decides who may import; the page only reports its answer.
import { gql, GraphQLError } from './api.js';
import { el } from './dom.js';
import { loadStats } from './queries.js';
import { relationTypes } from './graph-style.js';

const payloadFields = `created warnings errors { code message }
  article { id title claims(first: 15) { totalCount nodes { text form hedged speaker { name } speakerDescription
    relations { from { name } type to { name } } } } }`;

// The preview names entities as text (nothing is stored yet), so claims and relations carry names, not objects.
const previewFields = `articleId warnings errors { code message } entities { id name kind }
  claims { text form hedged speaker speakerDescription relations { from type to } }`;

export class ImportPanel {
  constructor(form, caps, onImported) {
    this._form = form;
    this._caps = caps;
    this._onImported = onImported;
    this._result = form.querySelector('.import-result');
    form.querySelector('#import-preview').addEventListener('click', () => this._previewAsync());
    this.update();
    form.addEventListener('submit', event => {
      event.preventDefault();
      this._importAsync();
    });
  }

  /** Shows the preview button only where the service can preview. */
  update() {
    this._form.querySelector('#import-preview').hidden = !this._caps.extractOperation;
  }

  _input() {
    const f = this._form.elements;
    const optional = value => value.trim() || null;
    return {
      text: f.text.value,
      title: optional(f.title.value),
      url: optional(f.url.value),
      outlet: optional(f.outlet.value),
      publishedAt: f.publishedAt.value ? `${f.publishedAt.value}T00:00:00Z` : null,
    };
  }

  async _previewAsync() {
    this._show(el('p', { role: 'status' }, 'Extracting…'));
    try {
      const op = this._caps.extractOperation;
      const data = await gql(`${op} Preview($input: ImportArticleInput!) { extractArticle(input: $input) { ${previewFields} } }`, { input: this._input() });
      const preview = data.extractArticle;
      if (preview.errors.length) {
        this._show(el('p', { class: 'error', role: 'alert' }, preview.errors.map(e => `${e.code}: ${e.message}`).join(' ')));
        return;
      }
      const claims = preview.claims.map(c => ({ ...c, speaker: c.speaker ? { name: c.speaker } : null }));
      const relations = preview.claims.flatMap(c => c.relations.map(r => ({ from: { name: r.from }, type: r.type, to: { name: r.to } })));
      this._show(
        el('h3', {}, 'Extracted (not stored yet)'),
        el('p', { class: 'meta' }, `${preview.entities.length} entities: `, preview.entities.map(e => e.name).join(', ')),
        preview.warnings.length ? el('ul', { class: 'warnings' }, preview.warnings.map(w => el('li', {}, w))) : null,
        el('h3', {}, `Claims (${claims.length})`),
        claimList(claims),
        relationList(relations));
    } catch (error) {
      this._failed(error);
    }
  }

  async _importAsync() {
    this._show(el('p', { role: 'status' }, 'Importing…'));
    try {
      const before = await loadStats();
      const data = await gql(`mutation Import($input: ImportArticleInput!) { importArticle(input: $input) { ${payloadFields} } }`, { input: this._input() });
      const payload = data.importArticle;
      const after = await loadStats();
      if (payload.errors.length) {
        this._show(el('p', { class: 'error', role: 'alert' }, payload.errors.map(e => `${e.code}: ${e.message}`).join(' ')));
        return;
      }
      const claims = payload.article?.claims;
      this._show(
        el('p', { role: 'status', class: 'import-outcome' }, payload.created ? 'Stored.' : 'Already stored: nothing changed.'),
        el('p', { class: 'meta' }, `Graph: ${after.articles} articles (${signed(after.articles - before.articles)}), ${after.claims} claims (${signed(after.claims - before.claims)}), ${after.relations} relations (${signed(after.relations - before.relations)}).`),
        payload.warnings.length ? el('ul', { class: 'warnings' }, payload.warnings.map(w => el('li', {}, w))) : null,
        claims ? el('h3', {}, `Stored claims (${claims.totalCount})`) : null,
        claims ? claimList(claims.nodes) : null,
        claims ? relationList(claims.nodes.flatMap(c => c.relations)) : null);
      if (payload.created) this._onImported();
    } catch (error) {
      this._failed(error);
    }
  }

  _failed(error) {
    const forbidden = error instanceof GraphQLError && ['FORBIDDEN', 'UNAUTHENTICATED'].includes(error.code);
    this._show(el('p', { class: 'error', role: 'alert' }, forbidden
      ? 'Importing needs the importer role: enter an importer API key (API key button, top right).'
      : error.message));
  }

  _show(...children) {
    this._result.replaceChildren(...children.filter(Boolean));
    this._result.scrollIntoView({ block: 'nearest' });
  }
}

const signed = n => (n >= 0 ? `+${n}` : String(n));

function claimList(claims) {
  if (!claims.length) return el('p', { class: 'hint' }, 'No claims found.');
  return el('ol', { class: 'claims compact' }, claims.map(c => el('li', {},
    el('q', {}, c.text), ` — ${c.speaker?.name ?? c.speakerDescription ?? 'unnamed'}${c.hedged ? ' (hedged)' : ''}`)));
}

function relationList(relations) {
  if (!relations.length) return null;
  return el('ul', { class: 'relations compact' }, relations.map(r =>
    el('li', {}, `${r.from.name} ${relationTypes[r.type]?.label ?? r.type} ${r.to.name}`)));
}
