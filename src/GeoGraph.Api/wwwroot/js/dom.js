// Small DOM helpers. Text always goes in as text nodes, never as HTML: article and claim text is untrusted.

/** Creates an element; attributes set as properties when the element has one (checked, value), else as attributes. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name in element && typeof element[name] !== 'function' && name !== 'style' && name !== 'list') element[name] = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
  return element;
}

/** A date as YYYY-MM-DD (UTC). */
export const day = value => new Date(value).toISOString().slice(0, 10);

/** Saves a blob under a file name through a temporary link. */
export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
