/**
 * What the data-file checks (gazetteer-load.ts, lookalikes.ts) need of a jsonc-parser tree: the line
 * of an offset, for errors a curator can act on, and an object node's properties by name.
 * Build-only (it rides on jsonc-parser's node type).
 */
import type { Node } from 'jsonc-parser';

/** offset → 1-based line number in `text`, by binary search over the line starts. */
export function lineLocator(text: string): (offset: number) => number {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return (offset) => {
    let a = 0;
    let b = lineStarts.length;
    while (b - a > 1) {
      const m = (a + b) >> 1;
      if (lineStarts[m]! <= offset) a = m;
      else b = m;
    }
    return a + 1;
  };
}

/** An object node's properties by name (empty for anything else). */
export function propsOf(node: Node | undefined): Map<string, Node> {
  const m = new Map<string, Node>();
  if (node?.type === 'object') for (const p of node.children ?? []) m.set(p.children![0]!.value as string, p.children![1]!);
  return m;
}
