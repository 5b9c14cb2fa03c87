/** The timeline: dated facts grouped by year, oldest first. Pure, unit-tested. */
import type { FactView } from '../shared/messages';

export interface YearGroup {
  year: string;
  facts: FactView[];
}

export function byYear(facts: readonly FactView[]): YearGroup[] {
  const dated = facts.filter((f) => typeof f.date === 'string' && /^\d{4}/.test(f.date));
  dated.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups: YearGroup[] = [];
  for (const f of dated) {
    const year = f.date!.slice(0, 4);
    const last = groups[groups.length - 1];
    if (last?.year === year) last.facts.push(f);
    else groups.push({ year, facts: [f] });
  }
  return groups;
}

/** The topics the facts carry, most frequent first. */
export function topicsAcross(facts: readonly { topics: readonly string[] }[]): string[] {
  const counts = new Map<string, number>();
  for (const f of facts) for (const t of f.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}

/** Facts carrying any of the chosen topics; all when none is chosen. */
export function withTopics<F extends { topics: readonly string[] }>(facts: readonly F[], chosen: ReadonlySet<string>): F[] {
  if (chosen.size === 0) return [...facts];
  return facts.filter((f) => f.topics.some((t) => chosen.has(t)));
}
