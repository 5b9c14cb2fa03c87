/**
 * The gazetteer's forms split into folded words ahead of time. The build runs formWords() over
 * every form in Node and ships the result beside the gazetteer, so a frame's compile only inserts
 * words into the trie: folding and spliting 900 forms was most of a compile, and a compile runs
 * in every frame, before the engine has optimized anything.
 *
 * Compact on purpose (it is parsed in every frame too): a form whose separators are single
 * spaces, with no trailing punctuation, is its folded words joined by one space; any other form
 * keeps the whole FormWords. Case-sensitive forms always keep it (their raw words are needed).
 */
import type { GazetteerEntry } from '../shared/gazetteer-types';
import { formWords, gazetteerForms, type FormWords } from './forms';
import type { Lookalikes, NameForm } from './types';

export type SplitForm = string | FormWords;

export interface SplitForms {
  /** One entry per form, in gazetteerForms() order. */
  forms: SplitForm[];
  /** Number of forms and their summed length: tells a table made for other forms from this one. */
  check: string;
}

function checkOf(forms: readonly NameForm[]): string {
  let chars = 0;
  for (const f of forms) chars += f.text.length;
  return `${forms.length}:${chars}`;
}

/** One form's words, compactly (see the module comment). */
function splitOne(text: string, caseSensitive: boolean): SplitForm {
  const fw = formWords(text);
  const plain = !caseSensitive && !fw.tail && fw.gaps.every((g) => g === ' ') && fw.words.every((w) => !w.includes(' '));
  if (plain) return fw.words.join(' ');
  return caseSensitive ? fw : { ...fw, raw: [] };
}

/** The words of a SplitForm. */
export function readSplit(s: SplitForm): FormWords {
  if (typeof s !== 'string') return s;
  const words = s.split(' ');
  return { words, gaps: words.slice(1).map(() => ' '), raw: [], tail: '' };
}

/** The table for all forms of `entries`, in gazetteerForms() order. */
export function splitForms(entries: readonly GazetteerEntry[]): SplitForms {
  const forms = gazetteerForms(entries);
  return { forms: forms.map((f) => splitOne(f.text, f.caseSensitive)), check: checkOf(forms) };
}

/** The look-alikes with their blockers' forms split, as the build ships them (Lookalikes.split). */
export function splitLookalikes(l: Lookalikes): Lookalikes {
  return { ...l, split: l.blockers.map((b) => splitOne(b.text, b.exact)) };
}

/**
 * formWords(forms[i].text) from the table, or null when the table was made for other forms (a
 * filtered language list, a grown gazetteer): the caller splits them itself then.
 */
export function splitReader(table: SplitForms | undefined, forms: readonly NameForm[]): ((i: number) => FormWords) | null {
  if (!table || table.forms.length !== forms.length || table.check !== checkOf(forms)) return null;
  return (i) => readSplit(table.forms[i]!);
}
