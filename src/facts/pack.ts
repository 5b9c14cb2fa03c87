// Placeholder until the fact deriver lands: sources only. Replaced by the facts work (issue 4).
import type { FactPack } from '../shared/pack-types';

export async function buildPack(_root: string): Promise<FactPack> {
  return { version: 'dev', sources: [], entities: [], facts: [] };
}
