/**
 * The evaluation set's inline markup → the plain text a reader sees, with gold offsets into it.
 *
 *   ---
 *   lang: en
 *   kind: topic
 *   ---
 *   [[Kazakhstan|kazakhstan]] sent a delegation to [[Kabul|kabul]] on the {{Kabul River}}.
 *
 * `[[surface|id]]` is a gold mention (the surface text stays, the id is the gazetteer entity);
 * `{{surface}}` is a look-alike that must NOT be marked (any mention overlapping it is a hit).
 * Markup never spans a line. Paragraphs (the blocks the matcher sees, as the detector sees a
 * page's blocks) are separated by blank lines. Errors read "<file>:<line>: what", every problem
 * found, the first one first. Pure: the caller reads the file.
 */
import { LANGS, type Lang } from '../../src/shared/pack-types';

export const KINDS = ['topic', 'unrelated', 'lookalike'] as const;
export type Kind = (typeof KINDS)[number];

/** Languages of the set: the pack's, without Kazakh (matched only where a form helps). */
export const EVAL_LANGS = LANGS.filter((l) => l !== 'kk');

export interface GoldSpan {
  /** UTF-16 offsets into the stripped text. */
  start: number;
  end: number;
  entity: string;
  text: string;
  /** Line in the source file (1-based). */
  line: number;
}

export interface LookalikeSpan {
  start: number;
  end: number;
  text: string;
  line: number;
}

export interface Block {
  /** Offset of the block in the stripped text. */
  start: number;
  text: string;
}

export interface EvalDoc {
  file: string;
  lang: Lang;
  kind: Kind;
  /** The stripped text: what a reader sees. */
  text: string;
  blocks: Block[];
  gold: GoldSpan[];
  lookalikes: LookalikeSpan[];
}

export interface Problem {
  file: string;
  line: number;
  message: string;
}

export class MarkupError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
    this.name = 'MarkupError';
  }
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Parses one file. `file` is its path relative to the repository (eval/texts/<lang>/<kind>-NN.md):
 * the front matter's lang and kind must agree with it.
 */
export function parseEvalText(source: string, file: string): EvalDoc {
  const problems: Problem[] = [];
  const fail = (line: number, message: string) => problems.push({ file, line, message });
  const lines = source.split('\n');

  // Front matter: "---", "key: value" lines, "---".
  const meta = new Map<string, string>();
  let bodyLine = 0;
  if (lines[0]?.trim() === '---') {
    let i = 1;
    for (; i < lines.length && lines[i]!.trim() !== '---'; i++) {
      const m = /^\s*([a-z]+)\s*:\s*(.*?)\s*$/.exec(lines[i]!);
      if (m) meta.set(m[1]!, m[2]!);
      else if (lines[i]!.trim()) fail(i + 1, `front matter line is not "key: value"`);
    }
    if (i === lines.length) fail(1, 'front matter not closed by "---"');
    bodyLine = i + 1;
  } else fail(1, 'missing front matter (---, lang: xx, kind: topic|unrelated|lookalike, ---)');

  const lang = meta.get('lang') ?? '';
  const kind = meta.get('kind') ?? '';
  if (!(EVAL_LANGS as readonly string[]).includes(lang)) fail(1, `lang must be one of ${EVAL_LANGS.join(', ')} (got "${lang}")`);
  if (!(KINDS as readonly string[]).includes(kind)) fail(1, `kind must be one of ${KINDS.join(', ')} (got "${kind}")`);
  const path = /(?:^|\/)([a-z]{2})\/([a-z]+)-\d+\.md$/.exec(file);
  if (path && (path[1] !== lang || path[2] !== kind)) fail(1, `front matter says ${lang}/${kind}, the path says ${path[1]}/${path[2]}`);

  // Body: strip the markup line by line, recording spans in stripped offsets.
  const gold: GoldSpan[] = [];
  const lookalikes: LookalikeSpan[] = [];
  let text = '';
  for (let li = bodyLine; li < lines.length; li++) {
    const line = lines[li]!;
    const lineNo = li + 1;
    let i = 0;
    while (i < line.length) {
      const two = line.slice(i, i + 2);
      if (two === '[[' || two === '{{') {
        const close = two === '[[' ? ']]' : '}}';
        const end = line.indexOf(close, i + 2);
        if (end < 0) {
          fail(lineNo, `"${two}" not closed by "${close}" on the same line`);
          text += line.slice(i);
          break;
        }
        const inner = line.slice(i + 2, end);
        if (/\[\[|\{\{|\]\]|\}\}/.test(inner)) fail(lineNo, `markup inside markup: "${two}${inner}${close}"`);
        if (two === '[[') {
          const bar = inner.lastIndexOf('|');
          const surface = bar < 0 ? inner : inner.slice(0, bar);
          const entity = bar < 0 ? '' : inner.slice(bar + 1).trim();
          if (bar < 0) fail(lineNo, `gold mention "[[${inner}]]" has no "|entity-id"`);
          else if (!ID.test(entity)) fail(lineNo, `invalid entity id "${entity}" in "[[${inner}]]"`);
          if (!surface.trim() || surface !== surface.trim()) fail(lineNo, `gold mention "[[${inner}]]": the surface text is empty or starts/ends with a space`);
          gold.push({ start: text.length, end: text.length + surface.length, entity, text: surface, line: lineNo });
          text += surface;
        } else {
          if (!inner.trim() || inner !== inner.trim()) fail(lineNo, `look-alike "{{${inner}}}" is empty or starts/ends with a space`);
          lookalikes.push({ start: text.length, end: text.length + inner.length, text: inner, line: lineNo });
          text += inner;
        }
        i = end + 2;
        continue;
      }
      if (two === ']]' || two === '}}') {
        fail(lineNo, `stray "${two}"`);
        text += two;
        i += 2;
        continue;
      }
      text += line[i];
      i++;
    }
    if (li < lines.length - 1) text += '\n';
  }
  if (problems.length) throw new MarkupError(problems);
  return { file, lang: lang as Lang, kind: kind as Kind, text, blocks: splitBlocks(text), gold, lookalikes };
}

/** Paragraphs: runs of text between blank lines, trimmed, with their offsets. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const sep = /\n[ \t]*\n\s*/g;
  let from = 0;
  const push = (a: number, b: number) => {
    const raw = text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) blocks.push({ start: a + lead, text: body });
  };
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return blocks;
}

/** Every gold id the gazetteer does not know, with its file and line. */
export function unknownIds(docs: readonly EvalDoc[], known: ReadonlySet<string>): Problem[] {
  const out: Problem[] = [];
  for (const d of docs) for (const g of d.gold) if (!known.has(g.entity)) out.push({ file: d.file, line: g.line, message: `unknown entity id "${g.entity}" ("${g.text}")` });
  return out;
}

/** Throws a MarkupError naming each gold id the gazetteer does not know. */
export function checkIds(docs: readonly EvalDoc[], known: ReadonlySet<string>): void {
  const problems = unknownIds(docs, known);
  if (problems.length) throw new MarkupError(problems);
}
