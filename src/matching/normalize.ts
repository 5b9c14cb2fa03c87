/**
 * Folding shared by the matcher, the fact deriver and search: one definition of "the same
 * letters", so a name typed in the popup, written in the gazetteer and met on a page agree.
 * Pure: no DOM, no browser API.
 *
 * Per code point: Unicode NFD, combining marks dropped (diacritics, Arabic harakat, hamza
 * above/below), lowercased, Arabic letter variants mapped to their Persian forms (ي→ی, ك→ک, ى→ی,
 * ة→ه, ۀ→ه), ё→е, tatweel and invisible format characters (soft hyphen, ZWNJ, ZWJ, word joiner,
 * BOM) dropped. Every output UTF-16 unit remembers the offset of the input unit it came from.
 */

const DROP = new Set([0x00ad, 0x200c, 0x200d, 0x2060, 0xfeff, 0x0640, 0x200e, 0x200f]);
const MAP: Record<string, string> = {
  'ي': 'ی',
  'ى': 'ی',
  'ك': 'ک',
  'ة': 'ه',
  'ە': 'ه',
  'ۀ': 'ه',
  'ё': 'е',
  'ß': 'ss',
  'ı': 'i',
  '’': "'",
  'ʼ': "'",
  '`': "'",
};
const MARK = /\p{M}/u;

const cache = new Map<number, string>();

/** The folded form of one code point (possibly empty, possibly two units). */
export function foldCodePoint(cp: number): string {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out: string;
  if (DROP.has(cp)) out = '';
  else {
    const ch = String.fromCodePoint(cp);
    const mapped = MAP[ch];
    if (mapped !== undefined) out = mapped;
    else {
      let s = '';
      for (const part of ch.normalize('NFD')) if (!MARK.test(part)) s += part;
      out = s.toLowerCase();
      const again = MAP[out];
      if (again !== undefined) out = again;
    }
  }
  if (cache.size < 4096) cache.set(cp, out);
  return out;
}

/**
 * foldCodePoint for one BMP code unit, as a number: the folded unit, or DROPPED, or COMPLEX
 * (folds to two units, or a surrogate). A table filled on demand, so the matcher's prefilter
 * folds non-Latin text without building strings.
 */
export const DROPPED = 1;
export const COMPLEX = 2;
const UNIT = new Uint16Array(0x10000);

export function foldUnit(c: number): number {
  const k = UNIT[c]!;
  if (k !== 0) return k;
  let v: number;
  if (c >= 0xd800 && c <= 0xdfff) v = COMPLEX;
  else {
    const f = foldCodePoint(c);
    v = f.length === 0 ? DROPPED : f.length === 1 && f.charCodeAt(0) > COMPLEX ? f.charCodeAt(0) : COMPLEX;
  }
  UNIT[c] = v;
  return v;
}

export interface Folded {
  /** The folded text. */
  text: string;
  /** map[i] = offset in the original string of the unit that produced folded unit i; map[text.length] = original length. */
  map: Uint32Array;
}

/** Folds `s` and keeps, for every output unit, the offset of its source unit. Linear. */
export function foldText(s: string): Folded {
  let out = '';
  const map = new Uint32Array(s.length * 2 + 1);
  let n = 0;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    // ASCII fast path: most of any page is ASCII.
    if (cp < 0x80) {
      const c = cp >= 65 && cp <= 90 ? cp + 32 : cp;
      out += c === 96 ? "'" : String.fromCharCode(c);
      map[n++] = i;
    } else {
      const f = foldCodePoint(cp);
      for (let k = 0; k < f.length; k++) map[n++] = i;
      out += f;
    }
    i += width;
  }
  map[n] = s.length;
  return { text: out, map: map.subarray(0, n + 1) };
}

/** foldText(s).text without the offset map (no typed array to allocate): for forms, gaps, keys. */
export function foldString(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 96) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    if (cp < 0x80) {
      const c = cp >= 65 && cp <= 90 ? cp + 32 : cp;
      out += c === 96 ? "'" : String.fromCharCode(c);
      i++;
    } else {
      out += foldCodePoint(cp);
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return out;
}

/** A search/index key: folded, with runs of anything but letters and digits collapsed to one space. */
export function foldKey(s: string): string {
  return foldString(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
