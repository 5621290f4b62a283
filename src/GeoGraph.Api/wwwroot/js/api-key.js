// The caller's API key lives in this browser only (localStorage); the page ships with none.
const storageKey = 'geograph.apiKey';

export function apiKey() {
  try {
    return localStorage.getItem(storageKey) ?? '';
  } catch {
    return '';
  }
}

export function setApiKey(value) {
  const key = value.trim();
  if (key) localStorage.setItem(storageKey, key);
  else localStorage.removeItem(storageKey);
}

/** Wires the key dialog: open from the header button, save or forget, then reload the view with the new rights. */
export function bindApiKeyDialog({ button, dialog, onChange }) {
  const form = dialog.querySelector('form');
  const input = dialog.querySelector('input[name=key]');
  const describe = () => {
    button.textContent = apiKey() ? 'API key ✓' : 'API key';
    button.setAttribute('aria-label', apiKey() ? 'API key (one is stored in this browser)' : 'API key (none stored)');
  };
  button.addEventListener('click', () => {
    input.value = apiKey();
    dialog.showModal();
    input.focus();
  });
  form.addEventListener('submit', event => {
    event.preventDefault();
    const action = event.submitter?.value;
    if (action === 'cancel') return dialog.close();
    setApiKey(action === 'forget' ? '' : input.value);
    dialog.close();
    describe();
    onChange();
  });
  describe();
}
