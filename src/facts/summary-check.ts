/**
 * Guards the hand-written English summaries (corpus/summaries.json) against drift and invention:
 * every fact has one, each was written for the quote it now sits on (quoteStart), none belongs to
 * a fact that no longer exists, and every number a summary writes is one the fact carries (a
 * quantity value, or the year or day of one of its dates). Used by the pack build, which stops on
 * a problem, and by the pack test. Pure.
 */
import type { Fact } from '../shared/pack-types';
import type { ParsedSummaries } from './corpus-check';
import { asciiDigits } from './numbers';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * The numbers an English text writes in digits, with a following scale word applied:
 * "1,600 tonnes" → 1600, "$3 billion" → 3e9, "2017–2018" → 2017 and 2018, "24th" → 24,
 * "50-million" → 5e7. Numbers spelled out in words are not read (and so not checked).
 */
export function numbersInText(text: string): number[] {
  const out: number[] = [];
  const re = /(?<![\p{L}\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:st|nd|rd|th)?(?:[\s-]+(thousand|million|billion|trillion)s?)?(?![\p{L}\d])/giu;
  for (const m of asciiDigits(text).matchAll(re)) {
    const base = Number(m[1]!.replace(/,/g, '') + (m[2] ?? ''));
    out.push(m[3] ? base * SCALE[m[3].toLowerCase()]! : base);
  }
  return out;
}

/** Numbers a fact's summary may write: its quantity values, and the years and days of its dates. */
export function allowedNumbers(fact: Pick<Fact, 'quantities' | 'dates'>): number[] {
  const out = fact.quantities.map((q) => q.value);
  for (const d of fact.dates) {
    const [y, , day] = d.split('-');
    out.push(Number(y));
    if (day) out.push(Number(day));
  }
  return out;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

export interface Problem {
  line: number;
  message: string;
}

/** Everything wrong between `facts` and the summaries file; empty when they agree. */
export function summaryProblems(facts: readonly Fact[], summaries: ParsedSummaries): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const f of facts) {
    if (!summaries.entries[f.id]) {
      problems.push({ line: 1, message: `no summary for fact "${f.id}" (quote starts ${JSON.stringify(f.quote.slice(0, 30))})` });
    }
  }
  for (const [id, s] of Object.entries(summaries.entries)) {
    const line = summaries.lines[id] ?? 1;
    const fact = byId.get(id);
    if (!fact) {
      problems.push({ line, message: `summary "${id}" belongs to no fact (segmentation or linking changed?)` });
      continue;
    }
    if (!fact.quote.startsWith(s.quoteStart)) {
      problems.push({
        line,
        message: `summary "${id}" was written for a quote starting ${JSON.stringify(s.quoteStart)}, but the fact's quote starts ${JSON.stringify(fact.quote.slice(0, s.quoteStart.length))}`,
      });
    }
    const allowed = allowedNumbers(fact);
    for (const n of numbersInText(s.en)) {
      if (!allowed.some((a) => same(n, a))) {
        problems.push({ line, message: `summary "${id}" writes ${n}, which is none of the fact's quantities or dates (${allowed.join(', ') || 'none'})` });
      }
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** Throws `file:line: message` (every problem, one per line) when summaries and facts disagree. */
export function checkSummaries(facts: readonly Fact[], summaries: ParsedSummaries, file: string): void {
  const problems = summaryProblems(facts, summaries);
  if (problems.length) throw new Error(problems.map((p) => `${file}:${p.line}: ${p.message}`).join('\n'));
}
