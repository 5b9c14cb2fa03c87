/**
 * Scores the product's marks on the evaluation set: each text is matched as the detector matches
 * a page (its paragraphs as blocks, matchDocument over all of them), then the page-level scope
 * gate decides what a reader sees (topicEvidence → isOnTopic → shownMentions, default 'topic').
 *
 * Exact: a shown mention counts when its span and entity equal a gold mention's. Lenient: when it
 * overlaps a gold mention of the same entity (one to one). Pure: the caller builds the matcher.
 */
import { matchDocument } from '../../src/matching/document';
import { isOnTopic, shownMentions, topicEvidence, type ContextMarking } from '../../src/matching/scope';
import type { Match, Matcher } from '../../src/matching/types';
import type { GazetteerEntry } from '../../src/shared/gazetteer-types';
import type { EvalDoc } from './markup';

/**
 * What the scorer runs of the product: its matcher and the functions that turn a page's blocks
 * into what the reader sees. scripts/eval.mjs takes all of them from the product's tree, so the
 * scorer follows the product (one sense per document, the scope gate) as its branches change.
 */
export interface Product {
  matcher: Matcher;
  matchDocument: (matcher: Matcher, blocks: readonly string[]) => Match[][];
  topicEvidence: typeof topicEvidence;
  isOnTopic: typeof isOnTopic;
  shownMentions: typeof shownMentions;
}

/** This tree's own functions around a matcher (for the tests). */
export const localProduct = (matcher: Matcher): Product => ({ matcher, matchDocument, topicEvidence, isOnTopic, shownMentions });

export interface Shown {
  start: number;
  end: number;
  entity: string;
  text: string;
}

export interface Counts {
  gold: number;
  predicted: number;
  /** Exact span + entity. */
  tp: number;
  /** Overlap + entity, one to one. */
  lenientTp: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
  lenientPrecision: number;
  lenientRecall: number;
  lenientF1: number;
}

export interface DocResult {
  file: string;
  lang: string;
  kind: string;
  onTopic: boolean;
  counts: Counts;
  shown: Shown[];
  /** Gold mentions not found exactly. */
  missed: { text: string; entity: string; line: number }[];
  /** Shown mentions that are not exactly gold. */
  spurious: Shown[];
  /** Shown mentions overlapping a {{look-alike}}. */
  lookalikeHits: (Shown & { lookalike: string; line: number })[];
}

export interface Report {
  mode: ContextMarking;
  gazetteerSize: number;
  texts: Record<string, Record<string, number>>;
  overall: Scores;
  byLang: Record<string, Scores>;
  byType: Record<string, Scores>;
  byKind: Record<string, Scores>;
  /** Per language: look-alikes in its texts, marks inside them, marks on its unrelated texts. */
  failuresByLang: Record<string, { lookalikes: number; lookalikeHits: number; unrelatedMarks: number }>;
  lookalikes: number;
  lookalikeHits: { file: string; line: number; text: string; entity: string; lookalike: string }[];
  unrelatedMarks: { file: string; text: string; entity: string; start: number }[];
  docs: DocResult[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** One document: what the reader sees on it, against its gold. */
export function scoreDoc(doc: EvalDoc, product: Product, scopeOf: (id: string) => GazetteerEntry['scope'] | undefined, mode: ContextMarking = 'topic'): DocResult {
  const perBlock = product.matchDocument(
    product.matcher,
    doc.blocks.map((b) => b.text),
  );
  const all: Shown[] = [];
  perBlock.forEach((ms, i) => {
    const at = doc.blocks[i]!.start;
    for (const m of ms) all.push({ start: at + m.start, end: at + m.end, entity: m.entity, text: m.text });
  });
  const chars = doc.blocks.reduce((n, b) => n + b.text.length, 0);
  const onTopic = product.isOnTopic(product.topicEvidence(all, scopeOf, chars));
  const shown = product.shownMentions(all, scopeOf, onTopic, mode);

  const key = (x: { start: number; end: number; entity: string }) => `${x.start}:${x.end}:${x.entity}`;
  const goldKeys = new Set(doc.gold.map(key));
  const shownKeys = new Set(shown.map(key));
  const tp = shown.filter((s) => goldKeys.has(key(s))).length;
  const used = new Set<number>();
  let lenientTp = 0;
  for (const s of shown) {
    const g = doc.gold.findIndex((x, i) => !used.has(i) && x.entity === s.entity && overlaps(x, s));
    if (g >= 0) {
      used.add(g);
      lenientTp++;
    }
  }
  return {
    file: doc.file,
    lang: doc.lang,
    kind: doc.kind,
    onTopic,
    counts: { gold: doc.gold.length, predicted: shown.length, tp, lenientTp },
    shown,
    missed: doc.gold.filter((g) => !shownKeys.has(key(g))).map((g) => ({ text: g.text, entity: g.entity, line: g.line })),
    spurious: shown.filter((s) => !goldKeys.has(key(s))),
    lookalikeHits: shown.flatMap((s) => {
      const l = doc.lookalikes.find((x) => overlaps(x, s));
      return l ? [{ ...s, lookalike: l.text, line: l.line }] : [];
    }),
  };
}

export function scores(c: Counts): Scores {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const f = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const precision = ratio(c.tp, c.predicted);
  const recall = ratio(c.tp, c.gold);
  const lenientPrecision = ratio(c.lenientTp, c.predicted);
  const lenientRecall = ratio(c.lenientTp, c.gold);
  return { ...c, precision, recall, f1: f(precision, recall), lenientPrecision, lenientRecall, lenientF1: f(lenientPrecision, lenientRecall) };
}

const zero = (): Counts => ({ gold: 0, predicted: 0, tp: 0, lenientTp: 0 });
const add = (a: Counts, b: Counts) => {
  a.gold += b.gold;
  a.predicted += b.predicted;
  a.tp += b.tp;
  a.lenientTp += b.lenientTp;
};

/** Counts of one document split by entity type (gold by the gold's type, marks by the mark's). */
function countsByType(doc: EvalDoc, r: DocResult, typeOf: (id: string) => string): Map<string, Counts> {
  const out = new Map<string, Counts>();
  const at = (t: string) => out.get(t) ?? (out.set(t, zero()), out.get(t)!);
  const goldKeys = new Set(doc.gold.map((g) => `${g.start}:${g.end}:${g.entity}`));
  for (const g of doc.gold) at(typeOf(g.entity)).gold++;
  for (const s of r.shown) {
    const c = at(typeOf(s.entity));
    c.predicted++;
    if (goldKeys.has(`${s.start}:${s.end}:${s.entity}`)) c.tp++;
  }
  const used = new Set<number>();
  for (const s of r.shown) {
    const g = doc.gold.findIndex((x, i) => !used.has(i) && x.entity === s.entity && overlaps(x, s));
    if (g >= 0) {
      used.add(g);
      at(typeOf(s.entity)).lenientTp++;
    }
  }
  return out;
}

export function evaluate(docs: readonly EvalDoc[], product: Product, entries: readonly GazetteerEntry[], mode: ContextMarking = 'topic'): Report {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const scopeOf = (id: string) => byId.get(id)?.scope;
  const typeOf = (id: string) => byId.get(id)?.type ?? 'unknown';
  const total = zero();
  const lang = new Map<string, Counts>();
  const type = new Map<string, Counts>();
  const kind = new Map<string, Counts>();
  const texts: Record<string, Record<string, number>> = {};
  const into = (m: Map<string, Counts>, k: string, c: Counts) => add(m.get(k) ?? (m.set(k, zero()), m.get(k)!), c);
  const results: DocResult[] = [];
  for (const d of docs) {
    const r = scoreDoc(d, product, scopeOf, mode);
    results.push(r);
    add(total, r.counts);
    into(lang, d.lang, r.counts);
    into(kind, d.kind, r.counts);
    for (const [t, c] of countsByType(d, r, typeOf)) into(type, t, c);
    (texts[d.lang] ??= {})[d.kind] = (texts[d.lang]![d.kind] ?? 0) + 1;
  }
  const failuresByLang: Report['failuresByLang'] = {};
  docs.forEach((d, i) => {
    const f = (failuresByLang[d.lang] ??= { lookalikes: 0, lookalikeHits: 0, unrelatedMarks: 0 });
    f.lookalikes += d.lookalikes.length;
    f.lookalikeHits += results[i]!.lookalikeHits.length;
    if (d.kind === 'unrelated') f.unrelatedMarks += results[i]!.shown.length;
  });
  const table = (m: Map<string, Counts>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, scores(c)]));
  return {
    mode,
    gazetteerSize: entries.length,
    texts,
    overall: scores(total),
    byLang: table(lang),
    byType: table(type),
    byKind: table(kind),
    failuresByLang: Object.fromEntries(Object.entries(failuresByLang).sort(([a], [b]) => a.localeCompare(b))),
    lookalikes: docs.reduce((n, d) => n + d.lookalikes.length, 0),
    lookalikeHits: results.flatMap((r) => r.lookalikeHits.map((h) => ({ file: r.file, line: h.line, text: h.text, entity: h.entity, lookalike: h.lookalike }))),
    unrelatedMarks: results.filter((r) => r.kind === 'unrelated').flatMap((r) => r.shown.map((s) => ({ file: r.file, text: s.text, entity: s.entity, start: s.start }))),
    docs: results,
  };
}
