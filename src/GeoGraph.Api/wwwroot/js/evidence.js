// The evidence panel: a relation's claims as quotes, or an entity's names, people, places and claims.
import { el, day } from './dom.js';
import { kinds, relationTypes } from './graph-style.js';

/** A speaker as the article put it: "NATO (A NATO official)" for an unnamed one, else the name. */
const speakerLabel = (name, description) =>
  name && description && description !== name ? `${name} (${description})` : name ?? description ?? 'unnamed speaker';

const forms = { DIRECT_QUOTE: 'direct quote', REPORTED_SPEECH: 'reported speech', ACCORDING_TO: 'according to' };

export class EvidencePanel {
  constructor(panel, { onArticle, onEntity, onExpand, onCentre }) {
    this._panel = panel;
    this._actions = { onArticle, onEntity, onExpand, onCentre };
    this.clear();
  }

  clear() {
    this._panel.replaceChildren(
      el('h2', {}, 'Evidence'),
      el('p', { class: 'hint' }, 'Select a relation to read the claims behind it, or an entity to see who it is and what is said by and about it. Double-click an entity (or focus it and press E) to expand its neighbourhood.'));
  }

  loading(what) {
    this._panel.replaceChildren(el('h2', {}, 'Evidence'), el('p', { class: 'hint', role: 'status' }, `Loading ${what}…`));
  }

  error(message) {
    this._panel.replaceChildren(el('h2', {}, 'Evidence'), el('p', { class: 'error', role: 'alert' }, message));
  }

  showRelation(relation) {
    const type = relationTypes[relation.type];
    const heading = el('h2', { tabindex: -1 }, this._entityButton(relation.from), ` ${type?.label ?? relation.type} `, this._entityButton(relation.to));
    const speakers = relation.speakers?.length
      ? el('p', { class: 'meta' }, 'Said by: ', relation.speakers.map(s => `${speakerLabel(s.speaker?.name, s.description)} (${s.claims})`).join(', '))
      : null;
    this._render(
      heading,
      el('p', { class: 'meta' },
        el('span', { class: 'swatch', style: `background:${type?.colour}` }),
        `${relation.claimCount} claim${relation.claimCount === 1 ? '' : 's'}, ${relation.hedgedCount} hedged · first reported ${day(relation.firstReported)} · last ${day(relation.lastReported)}`),
      speakers,
      el('ol', { class: 'claims', 'aria-label': 'Claims' }, relation.claims.nodes.map(c => this._claim(c))),
      relation.claims.totalCount > relation.claims.nodes.length
        ? el('p', { class: 'hint' }, `Showing ${relation.claims.nodes.length} of ${relation.claims.totalCount} claims.`)
        : null);
    heading.focus();
  }

  showEntity(entity) {
    const kind = kinds[entity.kind];
    const heading = el('h2', { tabindex: -1 }, entity.name, ' ', el('span', { class: `kind kind-${entity.kind.toLowerCase()}` }, kind?.label ?? entity.kind));
    const facts = el('dl', { class: 'facts' });
    const fact = (term, ...value) => { if (value.flat().some(v => v)) facts.append(el('dt', {}, term), el('dd', {}, ...value)); };
    fact('Aliases', entity.aliases?.join(', '));
    fact('Category', entity.category);
    fact('Title', [entity.title, entity.role].filter(Boolean).join(', '));
    fact('Organisation', entity.organisation ? this._entityButton(entity.organisation) : null);
    fact('Part of', entity.partOf ? this._entityButton(entity.partOf) : null);
    fact('Country', entity.country ? this._entityButton(entity.country) : null);
    fact('ISO code', entity.isoCode);
    fact('Officials', this._entityList(entity.officials, o => `${o.name}${o.role ? ', ' + o.role : ''}`));
    fact('Present in', this._entityList(entity.presentIn, p => p.name));
    this._render(
      heading,
      facts,
      el('p', { class: 'actions' },
        el('button', { type: 'button', onclick: () => this._actions.onExpand(entity.id) }, 'Expand neighbourhood'),
        el('button', { type: 'button', onclick: () => this._actions.onCentre(entity.id) }, 'Centre the view here')),
      this._claimSection('Claims by', entity.name, entity.claimsBy),
      this._claimSection('Claims about', entity.name, entity.claimsAbout));
    heading.focus();
  }

  _render(...children) {
    this._panel.replaceChildren(...children.filter(Boolean));
  }

  _claimSection(title, name, connection) {
    if (!connection) return null;
    return el('section', {},
      el('h3', {}, `${title} ${name} (${connection.totalCount})`),
      connection.nodes.length
        ? el('ol', { class: 'claims' }, connection.nodes.map(c => this._claim(c)))
        : el('p', { class: 'hint' }, 'None.'));
  }

  _entityList(entities, label) {
    if (!entities?.length) return null;
    return el('ul', { class: 'inline-list' }, entities.map(e => el('li', {}, this._entityButton(e, label(e)))));
  }

  _entityButton(entity, label = entity.name) {
    return el('button', { type: 'button', class: 'link', onclick: () => this._actions.onEntity(entity.id) }, label);
  }

  _claim(claim) {
    const who = speakerLabel(claim.speaker?.name, claim.speakerDescription);
    return el('li', { class: 'claim' },
      el('blockquote', { class: claim.form === 'DIRECT_QUOTE' ? 'quote' : 'paraphrase' }, claim.text),
      el('p', { class: 'attribution' },
        el('span', { class: 'speaker' }, '— ', who),
        claim.reportedBy ? el('span', {}, ` · reported by ${claim.reportedBy.name}`) : null,
        el('span', { class: 'form' }, ` · ${forms[claim.form] ?? claim.form}`),
        claim.hedged ? el('span', { class: 'hedged', title: 'The claim is qualified (we think, may, reportedly)' }, ' · hedged') : null,
        claim.negated ? el('span', { class: 'negated' }, ' · denial') : null,
        el('span', {}, ` · ${day(claim.reportedAt)} · `),
        el('a', {
          href: `?article=${encodeURIComponent(claim.article.id)}&span=${claim.span.start},${claim.span.length}`,
          onclick: event => {
            event.preventDefault();
            this._actions.onArticle(claim.article.id, claim.span);
          },
        }, claim.article.title || claim.article.outlet || 'Read in the article')));
  }
}
