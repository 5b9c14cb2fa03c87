// Benchmark pages, generated deterministically (commit this generator, not its output):
//   dense.html      the five corpus documents repeated in paragraphs, ~300 KB, dense with mentions
//   growth-*.html   0.1 / 1 / 5 MB of ordinary English/German/Russian prose with a sprinkling of names
// `node scripts/bench/fixtures.mjs [--gazetteer path]` writes them into test/bench-fixtures/.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allForms, DEFAULT_GAZETTEER, loadEntries } from './names.mjs';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURE_DIR = join(ROOT, 'test', 'bench-fixtures');
export const GROWTH_SIZES = { '0.1mb': 100_000, '1mb': 1_000_000, '5mb': 5_000_000 };

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The language of a corpus document, by script and a few function words. */
export function guessLang(text) {
  const arabic = (text.match(/[\u0600-\u06ff]/g) ?? []).length;
  const cyrillic = (text.match(/[\u0400-\u04ff]/g) ?? []).length;
  const latin = (text.match(/[a-z]/gi) ?? []).length;
  if (arabic > latin && arabic > cyrillic) return /[ټډړږښګڼې]/.test(text) ? 'ps' : 'fa';
  if (cyrillic > latin) return 'ru';
  const de = (text.match(/\b(der|die|und|das|nicht|mit|für)\b/g) ?? []).length;
  const en = (text.match(/\b(the|and|of|with|for|that)\b/g) ?? []).length;
  return de > en ? 'de' : 'en';
}

/** The corpus documents: { file, lang, paragraphs }. */
export function corpusDocuments(corpusDir = join(ROOT, 'corpus')) {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(corpusDir, file), 'utf8');
      const paragraphs = text
        .split(/\n+/)
        .map((p) => p.trim())
        .filter(Boolean);
      return { file, lang: guessLang(text), paragraphs };
    });
}

/**
 * The dense page's blocks: the documents one after another, repeated until ~targetBytes of HTML.
 * Each block: { lang, text } (the text of one <p>). The smoke test reads the same blocks.
 */
export function denseBlocks({ targetBytes = 300_000, corpusDir } = {}) {
  const docs = corpusDocuments(corpusDir);
  const blocks = [];
  let bytes = 0;
  for (let r = 0; bytes < targetBytes; r++) {
    for (const d of docs) {
      for (const p of d.paragraphs) {
        blocks.push({ round: r, doc: d.file, lang: d.lang, text: p });
        bytes += Buffer.byteLength(p) + 8;
      }
      bytes += 80;
    }
  }
  return blocks;
}

const RTL = new Set(['fa', 'ps']);

export function denseHtml(opts) {
  const blocks = denseBlocks(opts);
  const out = [
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Caravan bench: dense page</title>',
    '<style>body{font:16px/1.5 sans-serif;max-width:46em;margin:2em auto;padding:0 1em}article{margin-bottom:2em}</style></head><body>',
    '<h1>Kazakhstan and Afghanistan: a dossier</h1>',
  ];
  let open = null;
  for (const b of blocks) {
    const key = `${b.round}/${b.doc}`;
    if (key !== open) {
      if (open) out.push('</article>');
      out.push(`<article lang="${b.lang}"${RTL.has(b.lang) ? ' dir="rtl"' : ''}><h2>${esc(b.doc)} (${b.round + 1})</h2>`);
      open = key;
    }
    out.push(`<p>${esc(b.text)}</p>`);
  }
  if (open) out.push('</article>');
  out.push('</body></html>\n');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Growth pages: ordinary prose filler in three languages with a sprinkling of entity names.

const WORDS = {
  en: `the of and to in a is that for it as was with be by on not he this are or his from at which but have an they
    you were her she there been one all we their has would when if so no will more can out about who up said what
    some time them other into only people could new then after year first two over also very like most through back
    work life little way because much long where many day just those under great well water still good world house
    between morning evening river garden window table letter market street village winter summer weather children
    family friend school teacher doctor kitchen bread coffee music picture story answer question paper light green
    small large early late often always never again already almost enough together however perhaps rather quite
    walked looked opened closed talked waited remembered followed carried brought started finished wanted needed`,
  de: `der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an er hat aus bei
    sind noch nach wird einer um am sie wie über so zum war haben nur oder aber vor zur bis mehr durch man dann
    wenn sehr schon unter gegen ihre können immer wieder heute morgen abend Haus Garten Fenster Tisch Brief Markt
    Straße Dorf Winter Sommer Wetter Kinder Familie Freund Schule Lehrer Arzt Küche Brot Kaffee Musik Bild
    Geschichte Antwort Frage Papier Licht grün klein groß früh spät oft niemals bereits fast genug zusammen jedoch
    vielleicht ziemlich ging sah öffnete schloss sprach wartete erinnerte folgte trug brachte begann wollte
    brauchte Zeit Jahr Menschen Leben Arbeit Wasser Stadt Welt Tag Weg Hand Auge Nacht Woche Stunde`,
  ru: `и в не на я быть он с что а по это она этот к но они мы как из у который то за свой весь год от так о для
    ты же все тот мочь вы человек такой его сказать только или ещё бы себя один как уже до время если сам когда
    другой вот говорить наш мой знать стать при чтобы дело жизнь первый день тут во ничто потом очень хотеть ли
    дом сад окно стол письмо рынок улица деревня зима лето погода дети семья друг школа учитель врач кухня хлеб
    кофе музыка картина история ответ вопрос бумага свет зелёный маленький большой рано поздно часто всегда
    никогда снова уже почти достаточно вместе однако пожалуй довольно шёл смотрел открыл закрыл говорил ждал
    вспомнил следовал нёс принёс начал закончил хотел нужен вода город мир утро вечер река неделя час`,
};
const VOCAB = Object.fromEntries(Object.entries(WORDS).map(([l, s]) => [l, s.split(/\s+/).filter(Boolean)]));
const INLINE = ['a href="#"', 'em', 'strong', 'span class="x"'];

/** Names to sprinkle, per language: unambiguous, case-insensitive forms of the gazetteer (en as fallback). */
function sprinkleNames(entries) {
  const forms = allForms(entries).filter((f) => !f.caseSensitive && !f.ambiguous);
  const by = {};
  for (const lang of Object.keys(VOCAB)) {
    by[lang] = forms.filter((f) => f.lang === lang).map((f) => f.text);
    if (!by[lang].length) by[lang] = forms.filter((f) => f.lang === 'en').map((f) => f.text);
  }
  return by;
}

/**
 * ~textChars of prose as paragraphs: [{ lang, segments: [{ text, tag? }] }], sections of one
 * language in turn (en, de, ru). About one name per `namesEvery` words. Deterministic.
 */
export function growthParagraphs(textChars, entries, { namesEvery = 150, seed = 0xbe7c } = {}) {
  const rnd = mulberry32(seed);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const names = sprinkleNames(entries);
  const langs = Object.keys(VOCAB);
  const paragraphs = [];
  let total = 0;
  let sinceName = Math.floor(rnd() * namesEvery);
  for (let p = 0; total < textChars; p++) {
    const lang = langs[Math.floor(p / 8) % langs.length];
    const segments = [];
    let buf = '';
    let len = 0;
    const target = 400 + Math.floor(rnd() * 500);
    while (len < target) {
      const n = 6 + Math.floor(rnd() * 12);
      const words = [];
      for (let i = 0; i < n; i++) {
        if (++sinceName >= namesEvery && names[lang].length) {
          sinceName = 0;
          words.push(pick(names[lang]));
        } else words.push(pick(VOCAB[lang]));
      }
      words[0] = words[0][0].toUpperCase() + words[0].slice(1);
      let sentence = words.join(' ') + (rnd() < 0.1 ? '?' : '.') + ' ';
      // Now and then a few words inside an inline element, as real pages have links and emphasis.
      if (rnd() < 0.3) {
        const k = Math.floor(rnd() * (n - 2));
        const pre = words.slice(0, k).join(' ');
        const mid = words.slice(k, k + 2).join(' ');
        const post = sentence.slice((pre ? pre.length + 1 : 0) + mid.length);
        if (buf) segments.push({ text: buf });
        if (pre) segments.push({ text: pre + ' ' });
        segments.push({ text: mid, tag: pick(INLINE) });
        buf = post;
        len += sentence.length;
        continue;
      }
      buf += sentence;
      len += sentence.length;
    }
    segments.push({ text: buf });
    const para = { lang, segments };
    total += paragraphText(para).length;
    paragraphs.push(para);
  }
  return paragraphs;
}

export const paragraphText = (p) => p.segments.map((s) => s.text).join('');

export function growthHtml(textChars, entries, opts) {
  const paragraphs = growthParagraphs(textChars, entries, opts);
  const out = [
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Caravan bench: ${textChars} characters</title>`,
    '<style>body{font:16px/1.5 serif;max-width:46em;margin:2em auto;padding:0 1em}</style></head><body>',
  ];
  let lang = null;
  for (const p of paragraphs) {
    if (p.lang !== lang) {
      if (lang) out.push('</section>');
      out.push(`<section lang="${p.lang}"><h2>${p.lang}</h2>`);
      lang = p.lang;
    }
    const inner = p.segments.map((s) => (s.tag ? `<${s.tag}>${esc(s.text)}</${s.tag.split(' ')[0]}>` : esc(s.text))).join('');
    out.push(`<p>${inner}</p>`);
  }
  out.push('</section></body></html>\n');
  return out.join('\n');
}

/** A frame without text: an empty document (as an ad frame whose host is blocked). */
export const BLANK_HTML = '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Caravan bench: blank</title></head><body></body></html>\n';

/** One sentence of the topic, with core names, for the page of a frame that loads the matcher. */
export const TOPIC_SENTENCE = 'Kazakhstan and Afghanistan signed a transit agreement in Kabul; the first trains left Almaty in spring.';

/**
 * Pages of one frame each, for the per-frame costs: `notopic.html` ~4,000 characters of ordinary
 * prose and no name of the gazetteer; `topic-one.html` the same prose and one sentence of the topic.
 */
export function frameFixtures(entries) {
  const prose = growthHtml(4_000, entries, { namesEvery: 1e12, seed: 0xf7a3e });
  return {
    'blank.html': BLANK_HTML,
    'notopic.html': prose,
    'topic-one.html': prose.replace('</h2>', `</h2>\n<p>${esc(TOPIC_SENTENCE)}</p>`),
  };
}

/** Writes dense.html and the growth pages; returns their file names (relative to FIXTURE_DIR). */
export function writeFixtures(entries, { growth = Object.keys(GROWTH_SIZES) } = {}) {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  writeFileSync(join(FIXTURE_DIR, 'dense.html'), denseHtml());
  const files = { dense: 'dense.html' };
  for (const [file, html] of Object.entries(frameFixtures(entries))) {
    writeFileSync(join(FIXTURE_DIR, file), html);
    files[file.replace(/\.html$/, '')] = file;
  }
  for (const name of growth) {
    const file = `growth-${name}.html`;
    writeFileSync(join(FIXTURE_DIR, file), growthHtml(GROWTH_SIZES[name], entries));
    files[name] = file;
  }
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--gazetteer');
  const entries = await loadEntries(i > 0 ? process.argv[i + 1] : DEFAULT_GAZETTEER, ROOT);
  const files = writeFixtures(entries);
  console.log(`[bench] wrote ${Object.values(files).join(', ')} in ${FIXTURE_DIR}`);
}
