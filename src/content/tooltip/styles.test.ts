import { describe, expect, it } from 'vitest';
import { TOOLTIP_CSS } from './styles';

/** The card's palette as written: name → [light, dark]. */
function palette(): Map<string, [string, string]> {
  const out = new Map<string, [string, string]>();
  for (const m of TOOLTIP_CSS.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) out.set(m[1]!, [m[2]!, m[3]!]);
  return out;
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('tooltip palette', () => {
  const p = palette();
  // Text on every surface it is drawn on needs 4.5:1 (AA); a control's outline 3:1.
  const pairs: Array<[string, string, number]> = [
    ['fg', 'bg', 4.5], ['fg', 'soft', 4.5], ['muted', 'bg', 4.5], ['muted', 'badge', 4.5],
    ['accent', 'bg', 4.5], ['accent', 'badge', 4.5], ['accent', 'hover', 4.5], ['border', 'bg', 3],
  ];

  it('defines every colour for light and dark', () => {
    for (const name of ['bg', 'fg', 'muted', 'accent', 'border', 'soft', 'badge', 'hover']) expect(p.has(name), name).toBe(true);
  });

  for (const [mode, i] of [['light', 0], ['dark', 1]] as const) {
    it(`holds WCAG AA contrast in ${mode} mode`, () => {
      for (const [fg, bg, min] of pairs) {
        const ratio = contrast(p.get(fg)![i], p.get(bg)![i]);
        expect(ratio, `${fg} on ${bg} (${mode}): ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(min);
      }
    });
  }
});
