// An article's cleaned text in a dialog, with one claim's span highlighted and scrolled into view.
import { el, day } from './dom.js';
import { loadArticle } from './queries.js';

export async function showArticleAsync(dialog, id, span) {
  const body = dialog.querySelector('.article-body');
  const title = dialog.querySelector('.article-title');
  const meta = dialog.querySelector('.article-meta');
  title.textContent = 'Loading the article…';
  meta.replaceChildren();
  body.replaceChildren();
  if (!dialog.open) dialog.showModal();
  const article = await loadArticle(id);
  if (!article) {
    title.textContent = 'The article was not found.';
    return;
  }
  title.textContent = article.title || 'Untitled article';
  meta.append(
    [article.outlet, article.publishedAt ? day(article.publishedAt) : null].filter(Boolean).join(' · '),
    article.url ? el('span', {}, ' · ', el('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')) : '');
  const text = article.body;
  if (span && span.start >= 0 && span.start + span.length <= text.length) {
    const mark = el('mark', { tabindex: -1 }, text.slice(span.start, span.start + span.length));
    body.append(text.slice(0, span.start), mark, text.slice(span.start + span.length));
    mark.scrollIntoView({ block: 'center' });
    mark.focus();
  } else {
    body.append(text);
  }
}
