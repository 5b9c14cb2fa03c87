/** Accessibility checks of extension pages with axe-core, shared by the popup and options suites. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './types';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2 A/AA violations on the page (axe-core), as "rule: selector" lines. */
export async function axeViolations(page: TestPage): Promise<string[]> {
  // A string is evaluated as a script by both drivers; the page's own CSP does not apply to the driver.
  await (page.evaluate as unknown as (source: string) => Promise<unknown>)(`${AXE};void 0`);
  return page.evaluate(async () => {
    type Result = { violations: Array<{ id: string; nodes: Array<{ target: string[] }> }>; passes: unknown[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    // No rule passing at all would mean axe checked nothing.
    if (!result.passes.length) return ['axe: no rule ran'];
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}
