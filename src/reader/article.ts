/**
 * "Add this page" (issue 20): the article of a page's HTML, as Firefox's Reader View finds it
 * (@mozilla/readability), with its title, address, author and date. Runs in the extension page
 * that asked (popup), on an inert DOMParser document of the HTML the tab's content script handed
 * over: nothing of the page runs here, and only text is kept.
 */
import { Readability } from '@mozilla/readability';
import { textOfNode } from './html-text';
import { isReaderLang } from './language';

export interface PageArticle {
  title: string;
  text: string;
  url: string;
  author?: string;
  /** YYYY-MM-DD where the page states when it was published. */
  published?: string;
  /** The page's language where it is one Caravan reads; else the background detects it. */
  lang?: string;
}

export function extractArticle(page: { html: string; url: string; title: string }): PageArticle | null {
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  // Relative addresses in the article resolve against the page, not the extension.
  const base = doc.createElement('base');
  base.href = page.url;
  doc.head.prepend(base);
  const lang = (doc.documentElement.lang || '').toLowerCase().split(/[-_]/)[0] ?? '';
  const article = new Readability(doc).parse();
  if (!article?.content) return null;
  const text = textOfNode(new DOMParser().parseFromString(article.content, 'text/html').body);
  if (!text) return null;
  const published = /^\d{4}-\d{2}-\d{2}/.exec(article.publishedTime ?? '')?.[0];
  const author = article.byline?.trim().replace(/^(by|von|автор:?)\s+/iu, '');
  return {
    title: (article.title || page.title || page.url).trim().slice(0, 300),
    text,
    url: page.url,
    ...(author ? { author: author.slice(0, 300) } : {}),
    ...(published ? { published } : {}),
    ...(isReaderLang(lang) ? { lang } : {}),
  };
}
