/**
 * The reader's own sources, kept apart from the fact store: a database of their own
 * (`caravan-reader`) that no rebuild of the fact store touches (decision 0250). It holds what the
 * reader gave — title, text, language, address, author, date, when added, whether it is on — and
 * nothing derived: their facts are derived again from this whenever the fact store is rebuilt.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import { connect, type ConnectOptions } from '../store/connect';

export const READER_DB_NAME = 'caravan-reader';
export const READER_DB_VERSION = 1;

export interface KeptSource {
  id: string;
  title: string;
  text: string;
  /** BCP 47: en, de, ru, fa or ps. */
  lang: string;
  url?: string;
  author?: string;
  /** ISO YYYY-MM-DD (or YYYY, YYYY-MM) as the reader or the page gave it. */
  published?: string;
  /** Epoch milliseconds. */
  addedAt: number;
}

interface ReaderSchema extends DBSchema {
  sources: { key: string; value: KeptSource };
}

export type ReaderDB = IDBPDatabase<ReaderSchema>;

export type KeptOptions = Pick<ConnectOptions, 'factory' | 'name' | 'onClose'>;

/**
 * Opens (creating on first use) the reader's database. Its upgrade only ever adds: a later
 * version must migrate these records, never drop them — they exist nowhere else.
 */
export async function openKept(options: KeptOptions = {}): Promise<ReaderDB> {
  const db = await connect(
    options.name ?? READER_DB_NAME,
    READER_DB_VERSION,
    (raw) => {
      if (!raw.objectStoreNames.contains('sources')) raw.createObjectStore('sources', { keyPath: 'id' });
    },
    options,
  );
  return db as unknown as ReaderDB;
}

export async function listKept(db: ReaderDB): Promise<KeptSource[]> {
  return (await db.getAll('sources')).sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1));
}

/** The ids alone: what a background waking up compares with the fact store, without reading every text. */
export async function keptIds(db: ReaderDB): Promise<string[]> {
  return (await db.getAllKeys('sources')).map(String);
}

export function getKept(db: ReaderDB, id: string): Promise<KeptSource | undefined> {
  return db.get('sources', id);
}

export async function putKept(db: ReaderDB, source: KeptSource): Promise<void> {
  await db.put('sources', source);
}

export async function deleteKept(db: ReaderDB, id: string): Promise<void> {
  await db.delete('sources', id);
}

/** A new source id: "reader-" and 12 random hex digits (never a bundled id, which are corpus file names). */
export function newSourceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `reader-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export const isReaderSourceId = (id: string): boolean => /^reader-[0-9a-f]{12}$/.test(id);
