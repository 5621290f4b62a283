// A text field with suggestions of entities by name or alias (an ARIA combobox): the search box,
// and the two ends of the path view.
import { el } from './dom.js';
import { kinds } from './graph-style.js';
import { suggestEntities } from './queries.js';

let pickers = 0;

export class EntityPicker {
  constructor(input, caps, onPick) {
    this._input = input;
    this._caps = caps;
    this._onPick = onPick;
    this._items = [];
    this._active = -1;
    this._list = el('ul', { role: 'listbox', id: `suggestions-${++pickers}`, class: 'suggestions', hidden: true });
    input.after(this._list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', this._list.id);
    input.setAttribute('autocomplete', 'off');
    input.addEventListener('input', () => this._schedule());
    input.addEventListener('keydown', event => this._onKey(event));
    input.addEventListener('blur', () => setTimeout(() => this._close(), 150));
    this.entity = null;
  }

  _schedule() {
    this.entity = null;
    clearTimeout(this._timer);
    const text = this._input.value.trim();
    if (text.length < 2) return this._close();
    this._timer = setTimeout(async () => {
      try {
        const found = await suggestEntities(text, this._caps);
        if (this._input.value.trim() === text) this._open(found, text);
      } catch {
        this._close();
      }
    }, 150);
  }

  _open(entities, text) {
    this._items = entities;
    this._active = -1;
    const lower = text.toLowerCase();
    this._list.replaceChildren(...entities.map((entity, i) => {
      const alias = entity.name.toLowerCase().includes(lower) ? null : entity.aliases?.find(a => a.toLowerCase().includes(lower));
      return el('li', {
        role: 'option', id: `${this._list.id}-${i}`, 'aria-selected': 'false', 'data-id': entity.id,
        onmousedown: event => { event.preventDefault(); this._pick(i); },
      }, el('span', { class: `kind kind-${entity.kind.toLowerCase()}` }, kinds[entity.kind]?.label ?? entity.kind), ' ', entity.name,
      alias ? el('span', { class: 'alias' }, ` (also ${alias})`) : null);
    }));
    if (entities.length === 0) this._list.append(el('li', { class: 'empty' }, 'No entity matches.'));
    this._list.hidden = false;
    this._input.setAttribute('aria-expanded', 'true');
  }

  _close() {
    this._list.hidden = true;
    this._input.setAttribute('aria-expanded', 'false');
    this._input.removeAttribute('aria-activedescendant');
  }

  _onKey(event) {
    const open = !this._list.hidden && this._items.length > 0;
    if (event.key === 'ArrowDown' && open) this._move(1);
    else if (event.key === 'ArrowUp' && open) this._move(-1);
    else if (event.key === 'Enter' && open) this._pick(Math.max(0, this._active));
    else if (event.key === 'Escape') this._close();
    else return;
    event.preventDefault();
  }

  _move(step) {
    this._active = (this._active + step + this._items.length) % this._items.length;
    [...this._list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === this._active)));
    this._input.setAttribute('aria-activedescendant', `${this._list.id}-${this._active}`);
  }

  _pick(index) {
    const entity = this._items[index];
    if (!entity) return;
    this.entity = entity;
    this._input.value = entity.name;
    this._close();
    this._onPick(entity);
  }
}
