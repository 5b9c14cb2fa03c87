/**
 * The reader's sources as the background runs them: add, list, rename, re-derive, remove, import,
 * and bringing the fact store back in line with the kept texts after a seed or rebuild. Every
 * change is queued, one at a time, and derives before it writes: a refused or failed document
 * leaves nothing behind. Browser-free (its databases and tools are handed in), so the unit tests
 * run it on fake-indexeddb.
 */
import { log } from '../shared/log';
import { putReaderSource, readerSourceIds, removeReaderSource, renameReaderSource } from '../store/reader-facts';
import type { CaravanDB } from '../store/schema';
import { deriveKept, type DeriveTools } from './derive-local';
import { checkText, MAX_TITLE_CHARS, RefusedInput } from './input';
import { deleteKept, getKept, keptIds, listKept, newSourceId, putKept, type KeptSource, type ReaderDB } from './kept';

export interface ReaderDeps {
  /** The fact store, opened and seeded. */
  facts(): Promise<CaravanDB>;
  kept(): Promise<ReaderDB>;
  tools(): Promise<DeriveTools>;
  now?(): number;
  /** Derivation in chunks yields here; tests pass a microtask. */
  yieldFn?(): Promise<void>;
  /** Called after a source's facts were committed to or removed from the fact store. */
  onFactsChanged?(): void;
}

export interface NewSource {
  title: string;
  text: string;
  lang?: string | undefined;
  url?: string | undefined;
  author?: string | undefined;
  published?: string | undefined;
}

export interface ReaderSourceInfo {
  id: string;
  title: string;
  lang: string;
  url?: string;
  author?: string;
  published?: string;
  addedAt: number;
  /** UTF-16 units of text. */
  length: number;
  /** Facts the fact store holds of it now (0 while it is being derived again). */
  facts: number;
}

export interface Progress {
  source: string;
  title: string;
  done: number;
  total: number;
}

export class ReaderService {
  private queue: Promise<unknown> = Promise.resolve();
  private current: Progress | null = null;

  constructor(private readonly deps: ReaderDeps) {}

  /** Where the derivation under way stands, or null. */
  progress(): Progress | null {
    return this.current;
  }

  private run<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async deriveAndStore(kept: KeptSource, db: CaravanDB): Promise<number> {
    this.current = { source: kept.id, title: kept.title, done: 0, total: kept.text.length };
    try {
      const derived = await deriveKept(kept, await this.deps.tools(), {
        onProgress: (done, total) => (this.current = { source: kept.id, title: kept.title, done, total }),
        ...(this.deps.yieldFn ? { yieldFn: this.deps.yieldFn } : {}),
      });
      await putReaderSource(db, derived.source, derived.facts);
      this.deps.onFactsChanged?.();
      return derived.facts.length;
    } finally {
      this.current = null;
    }
  }

  /** Checks, derives, then keeps the text and stores the facts; refuses with a RefusedInput. */
  add(input: NewSource, id = newSourceId(), addedAt?: number): Promise<{ source: string; facts: number }> {
    return this.run(async () => {
      const title = input.title.trim().slice(0, MAX_TITLE_CHARS);
      if (!title) throw new RefusedInput({ problem: 'readerNoTitle', args: [] });
      const checked = checkText(input.text, input.lang);
      if (!checked.ok) throw new RefusedInput(checked.refusal);
      const kept: KeptSource = {
        id,
        title,
        text: checked.text,
        lang: checked.lang,
        ...(input.url ? { url: input.url } : {}),
        ...(input.author ? { author: input.author } : {}),
        ...(input.published ? { published: input.published } : {}),
        addedAt: addedAt ?? this.deps.now?.() ?? Date.now(),
      };
      const db = await this.deps.facts();
      const started = performance.now();
      // Derived first, in memory: nothing is written for a document that fails to derive.
      this.current = { source: id, title, done: 0, total: kept.text.length };
      let derived;
      try {
        derived = await deriveKept(kept, await this.deps.tools(), {
          onProgress: (done, total) => (this.current = { source: id, title, done, total }),
          ...(this.deps.yieldFn ? { yieldFn: this.deps.yieldFn } : {}),
        });
      } finally {
        this.current = null;
      }
      const derivedAt = performance.now();
      // The kept text first: should the fact write fail, the next sync derives it again.
      await putKept(await this.deps.kept(), kept);
      await putReaderSource(db, derived.source, derived.facts);
      this.deps.onFactsChanged?.();
      log.info(
        `source ${id}: ${kept.text.length} characters, ${derived.facts.length} facts; derived in ${Math.round(derivedAt - started)} ms, stored in ${Math.round(performance.now() - derivedAt)} ms`,
      );
      return { source: id, facts: derived.facts.length };
    });
  }

  async list(): Promise<ReaderSourceInfo[]> {
    const [kept, db] = await Promise.all([this.deps.kept().then(listKept), this.deps.facts()]);
    const tx = db.transaction('facts', 'readonly');
    const index = tx.store.index('by-source');
    const counts = await Promise.all(kept.map((k) => index.count(k.id)));
    return kept.map((k, i) => ({
      id: k.id,
      title: k.title,
      lang: k.lang,
      ...(k.url ? { url: k.url } : {}),
      ...(k.author ? { author: k.author } : {}),
      ...(k.published ? { published: k.published } : {}),
      addedAt: k.addedAt,
      length: k.text.length,
      facts: counts[i] ?? 0,
    }));
  }

  /** Every kept source in full, for a backup file. */
  async exportAll(): Promise<KeptSource[]> {
    return listKept(await this.deps.kept());
  }

  rename(id: string, title: string): Promise<null> {
    return this.run(async () => {
      const clean = title.trim().slice(0, MAX_TITLE_CHARS);
      if (!clean) throw new RefusedInput({ problem: 'readerNoTitle', args: [] });
      const keptDb = await this.deps.kept();
      const kept = await getKept(keptDb, id);
      if (!kept) throw new Error(`no source of yours is called ${id}`);
      await putKept(keptDb, { ...kept, title: clean });
      await renameReaderSource(await this.deps.facts(), id, clean);
      return null;
    });
  }

  rederive(id: string): Promise<{ source: string; facts: number }> {
    return this.run(async () => {
      const kept = await getKept(await this.deps.kept(), id);
      if (!kept) throw new Error(`no source of yours is called ${id}`);
      return { source: id, facts: await this.deriveAndStore(kept, await this.deps.facts()) };
    });
  }

  remove(id: string): Promise<null> {
    return this.run(async () => {
      await deleteKept(await this.deps.kept(), id);
      await removeReaderSource(await this.deps.facts(), id);
      this.deps.onFactsChanged?.();
      return null;
    });
  }

  /**
   * Sources from a backup file: each checked and derived like a new one, keeping its id (so the
   * settings that name it still do); one already here is replaced. All are checked before any is
   * stored: a file with a bad source adds none.
   */
  async importAll(sources: readonly (NewSource & { id: string; addedAt: number })[]): Promise<{ sources: number; facts: number }> {
    for (const s of sources) {
      const checked = checkText(s.text, s.lang);
      if (!checked.ok) throw new RefusedInput(checked.refusal);
    }
    let facts = 0;
    for (const s of sources) facts += (await this.add(s, s.id, s.addedAt)).facts;
    return { sources: sources.length, facts };
  }

  /**
   * After the fact store was opened: derives again every kept source the store lacks (a seed of a
   * new pack, a rebuild of a damaged or deleted database) and drops reader sources it holds that
   * are no longer kept.
   */
  sync(db: CaravanDB): Promise<{ derived: string[]; dropped: string[] }> {
    return this.run(async () => {
      // Ids first: a background wakes often, and the texts are read only for what needs deriving.
      const keptDb = await this.deps.kept();
      const [ids, present] = await Promise.all([keptIds(keptDb), readerSourceIds(db)]);
      const kept = new Set(ids);
      const have = new Set(present);
      const dropped = present.filter((id) => !kept.has(id));
      for (const id of dropped) await removeReaderSource(db, id);
      if (dropped.length) this.deps.onFactsChanged?.();
      const derived: string[] = [];
      for (const id of ids) {
        if (have.has(id)) continue;
        const k = await getKept(keptDb, id);
        if (!k) continue;
        await this.deriveAndStore(k, db);
        derived.push(id);
      }
      return { derived, dropped };
    });
  }
}
