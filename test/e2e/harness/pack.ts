/**
 * What the pack holds, computed in Node for the end-to-end tests to assert against: the pack is
 * derived from corpus/ and data/ by the build's own module (src/facts/pack.ts), and an entity's
 * card is read by the store's own code (src/store) from that pack seeded into fake-indexeddb.
 * So a test's expected numbers follow the corpus, and are never the test's own.
 */
// idb checks its values against the global IndexedDB classes: this Node process gets fake-indexeddb's.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { loadTs } from '../../../scripts/lib/load-ts.mjs';
import type { EntityCard } from '../../../src/shared/messages';
import type { FactPack } from '../../../src/shared/pack-types';
import { REPO_ROOT } from './server';

interface StoreModules {
  openStore: typeof import('../../../src/store/open').openStore;
  entityCard: typeof import('../../../src/store/queries').entityCard;
}

let packPromise: Promise<FactPack> | null = null;
let storePromise: Promise<{ db: Parameters<StoreModules['entityCard']>[0]; entityCard: StoreModules['entityCard'] }> | null = null;

/** The pack the build bundles (derived once per test file). */
export function builtPack(): Promise<FactPack> {
  packPromise ??= loadTs('src/facts/pack.ts', REPO_ROOT).then(
    async (m: { buildPack(root: string): FactPack | Promise<FactPack> }) => m.buildPack(REPO_ROOT),
  );
  return packPromise;
}

/**
 * The card the background would answer for `entity` (`entity-card` with `limit`), read by the
 * store's code from the built pack; null where the pack has no such entity.
 */
export async function expectedCard(entity: string, { limit, disabledSources = [] }: { limit: number; disabledSources?: string[] }): Promise<EntityCard | null> {
  storePromise ??= (async () => {
    const pack = await builtPack();
    const [{ openStore }, { entityCard }] = (await Promise.all([
      loadTs('src/store/open.ts', REPO_ROOT),
      loadTs('src/store/queries.ts', REPO_ROOT),
    ])) as [Pick<StoreModules, 'openStore'>, Pick<StoreModules, 'entityCard'>];
    const { db } = await openStore(pack, { factory: new IDBFactory(), name: 'expected' });
    return { db, entityCard };
  })();
  const { db, entityCard } = await storePromise;
  return entityCard(db, entity, { limit, disabledSources });
}

/** How many facts the pack holds about `entity`, from each source (all sources enabled). */
export async function factsAbout(entity: string): Promise<number> {
  return (await builtPack()).facts.filter((f) => f.entities.includes(entity)).length;
}
