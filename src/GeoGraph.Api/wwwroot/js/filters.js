// The filter form: relation types, time range, minimum claims, hedged claims, speaker or outlet.
// The same filters go to the server where it takes them and are applied again in the page, so a
// view loaded from an older server, or grown by expansions, obeys them too.
import { relationTypes } from './graph-style.js';
import { el } from './dom.js';

export const allTypes = Object.keys(relationTypes);

export const defaultFilters = () => ({ types: [...allTypes], since: '', until: '', minClaims: 1, includeHedged: true, speaker: '' });

/** The edge predicate for a filter state; speakerKeys is the set of relation keys the speaker's claims assert. */
export function edgePredicate(filters, speakerKeys) {
  const types = new Set(filters.types);
  const least = Math.max(1, filters.minClaims || 1);
  return edge => {
    if (!types.has(edge.type)) return false;
    if (filters.since && edge.lastReported.slice(0, 10) < filters.since) return false;
    if (filters.until && edge.firstReported.slice(0, 10) > filters.until) return false;
    const claims = filters.includeHedged ? edge.claimCount : edge.claimCount - edge.hedgedCount;
    if (claims < least) return false;
    return !speakerKeys || speakerKeys.has(edge.id);
  };
}

/** Builds the form inside `form` and calls onChange(filters) whenever the user changes a filter. */
export class FilterForm {
  constructor(form, onChange) {
    this._form = form;
    this._onChange = onChange;
    this._types = form.querySelector('#filter-types');
    for (const [type, { label, colour }] of Object.entries(relationTypes)) {
      const box = el('input', { type: 'checkbox', name: 'type', value: type, checked: true });
      this._types.append(el('label', { class: 'type-option' }, box, el('span', { class: 'swatch', style: `background:${colour}` }), label));
    }
    form.querySelector('#types-all').addEventListener('click', () => this._setAllTypes(true));
    form.querySelector('#types-none').addEventListener('click', () => this._setAllTypes(false));
    form.addEventListener('change', event => { if (event.target.name !== 'speaker') this._changed(); });
    form.addEventListener('submit', event => {
      event.preventDefault();
      this._changed();
    });
    form.querySelector('#filter-speaker').addEventListener('change', () => this._changed());
    form.querySelector('#filters-reset').addEventListener('click', () => {
      this.set(defaultFilters());
      this._changed();
    });
  }

  _setAllTypes(on) {
    this._types.querySelectorAll('input').forEach(box => { box.checked = on; });
    this._changed();
  }

  _changed() {
    this._onChange(this.get());
  }

  get() {
    const f = this._form.elements;
    return {
      types: [...this._types.querySelectorAll('input:checked')].map(b => b.value),
      since: f.since.value,
      until: f.until.value,
      minClaims: Math.max(1, parseInt(f.minClaims.value, 10) || 1),
      includeHedged: f.includeHedged.checked,
      speaker: f.speaker.value.trim(),
    };
  }

  set(filters) {
    const f = this._form.elements;
    const types = new Set(filters.types);
    this._types.querySelectorAll('input').forEach(box => { box.checked = types.has(box.value); });
    f.since.value = filters.since;
    f.until.value = filters.until;
    f.minClaims.value = filters.minClaims;
    f.includeHedged.checked = filters.includeHedged;
    f.speaker.value = filters.speaker;
  }

  /** Sets the time range (from the histogram's brush) as if typed. */
  setRange(since, until) {
    this._form.elements.since.value = since;
    this._form.elements.until.value = until;
    this._changed();
  }
}
