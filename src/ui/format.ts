/** Display formatting for dates, languages and quantities. Pure (Intl only), unit-tested. */
import type { Entity, Quantity } from '../shared/pack-types';

/**
 * The one date formatter (panel, options, source view and tooltip), in the reader's locale: in "en",
 * "2023-08-15" → "Aug 15, 2023", "2023-08" → "Aug 2023", "2023" → "2023". A month or day out of
 * range keeps what is sure (the year, the month); unparseable input is returned as is.
 */
export function formatDate(iso: string | null | undefined, locale = 'en'): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, dd] = m;
  if (!mo || Number(mo) < 1 || Number(mo) > 12) return y!;
  const d = dd && Number(dd) >= 1 && Number(dd) <= new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate() ? dd : undefined;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  try {
    return new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'short',
      ...(d ? { day: 'numeric' } : {}),
    }).format(date);
  } catch {
    return iso;
  }
}

/** "fa" → "Persian" in the UI language. */
export function languageName(code: string, locale = 'en'): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Orders of magnitude as the documents say them ("tens of thousands" is 10^4 and up). */
const MAGNITUDES = ['', 'tens', 'hundreds', 'thousands', 'tens of thousands', 'hundreds of thousands', 'millions', 'tens of millions', 'hundreds of millions', 'billions', 'tens of billions', 'hundreds of billions'];

/** The plural name of a unit: "t" → "tonnes", "USD" → "US dollars"; nouns stay as they are. */
function unitName(unit: string, locale: string): string {
  if (unit === 't') return 'tonnes';
  if (/^[A-Z]{3}$/.test(unit)) {
    const parts = new Intl.NumberFormat(locale, { style: 'currency', currency: unit, currencyDisplay: 'name' }).formatToParts(2);
    return parts.find((p) => p.type === 'currency')?.value ?? unit;
  }
  return unit;
}

/**
 * A quantity normalized for comparison across sources: "1.5B USD" → "$1.5B", "500K t". An order of
 * magnitude stays one ("tens of thousands of tonnes", never "~10K t", which reads as a figure), and
 * a number whose unit the text does not give is shown alone, in words ("50 million").
 */
export function formatQuantity(q: Quantity, locale = 'en'): string {
  try {
    if (q.approx) {
      const magnitude = MAGNITUDES[Math.floor(Math.log10(q.value))];
      if (magnitude) return q.unit === 'unspecified' ? magnitude : `${magnitude} of ${unitName(q.unit, locale)}`;
    }
    if (q.unit === 'unspecified') return new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(q.value);
    const approx = q.approx ? '~' : '';
    if (/^[A-Z]{3}$/.test(q.unit)) {
      return approx + new Intl.NumberFormat(locale, { style: 'currency', currency: q.unit, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(q.value);
    }
    const n = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(q.value);
    if (q.unit === '%') return `${approx}${n}%`;
    return `${approx}${n} ${q.unit}`;
  } catch {
    return q.text;
  }
}

/** An entity's name in the UI language, else English. */
export function entityName(entity: Pick<Entity, 'names' | 'id'>, locale = 'en'): string {
  const lang = locale.split('-')[0] as keyof Entity['names'];
  return entity.names[lang] ?? entity.names.en ?? entity.id;
}

/** Direction of a BCP 47 language, for text shown outside its source. */
export { dirOf } from '../shared/text-direction';
