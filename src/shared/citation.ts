/**
 * A fact as a citation a reader can paste: its summary, the exact quote, the source's title
 * (original and English), date, outlet, address and source id; as plain text and as HTML. The
 * HTML is built as a string for the clipboard only (never put into a page), and every piece of
 * text in it is escaped, so a quote or title can carry no markup. Pure: no DOM, unit-tested.
 */
import type { FactView } from './messages';

export interface Citation {
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Only web addresses become links: a `javascript:` or `data:` URL in a pack stays plain text. */
function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The date a fact is cited under: the event's, else the source's publication date (ISO, as precise as known). */
export function citationDate(fact: FactView): { date: string; kind: 'event' | 'published' } | null {
  if (fact.date) return { date: fact.date, kind: 'event' };
  if (fact.sourceInfo.published) return { date: fact.sourceInfo.published, kind: 'published' };
  return null;
}

export function formatCitation(fact: FactView): Citation {
  const s = fact.sourceInfo;
  const when = citationDate(fact);
  const url = safeUrl(s.url);
  const dateText = when ? `${when.kind === 'event' ? 'date' : 'published'} ${when.date}` : '';

  const sourceLine = [
    s.title + (s.titleEn && s.titleEn !== s.title ? ` [${s.titleEn}]` : ''),
    s.outlet ?? '',
    dateText,
  ].filter(Boolean).join(', ');
  const where = [url ?? s.url ?? '', `source id: ${s.id}`, `fact id: ${fact.id}`].filter(Boolean).join(' · ');
  // A reader's fact has no summary (issue 20): its quote stands alone.
  const text = [fact.summary.en, `“${fact.quote}”`, `— ${sourceLine}`, where].filter(Boolean).join('\n');

  const e = escapeHtml;
  const dir = s.dir === 'rtl' ? 'rtl' : 'ltr';
  const lang = e(fact.lang);
  const titleHtml =
    `<cite lang="${e(s.lang)}" dir="${dir}">${e(s.title)}</cite>` +
    (s.titleEn && s.titleEn !== s.title ? ` [<span lang="en">${e(s.titleEn)}</span>]` : '');
  const sourceHtml = [titleHtml, s.outlet ? e(s.outlet) : '', e(dateText)].filter(Boolean).join(', ');
  const whereHtml = [
    url ? `<a href="${e(url)}">${e(url)}</a>` : s.url ? e(s.url) : '',
    `source id: <code>${e(s.id)}</code>`,
    `fact id: <code>${e(fact.id)}</code>`,
  ].filter(Boolean).join(' · ');
  const html =
    `<div class="caravan-citation">` +
    (fact.summary.en ? `<p lang="en">${e(fact.summary.en)}</p>` : '') +
    `<blockquote lang="${lang}" dir="${dir}">${e(fact.quote)}</blockquote>` +
    `<p>— ${sourceHtml}</p>` +
    `<p>${whereHtml}</p>` +
    `</div>`;
  return { text, html };
}
