/**
 * Entity cards per (entity, language), kept in memory for the life of the page. A second hover of
 * the same entity is then answered synchronously (`peek`), so the tooltip never waits on the
 * background and its database when it already knows the answer.
 */
import type { EntityCard } from '../../shared/messages';
import type { Entity } from '../../shared/pack-types';

/** `context`: the other entities of the mention's block, which rank the facts (sorted, distinct). */
export type FetchCard = (entity: string, lang: string, context?: readonly string[]) => Promise<EntityCard | null>;

/** Enough for every entity of a long page in a few languages; the oldest are dropped beyond it. */
const MAX_ENTRIES = 256;

export class CardCache {
  private readonly cards = new Map<string, EntityCard | null>();
  private readonly pending = new Map<string, Promise<EntityCard | null>>();
  /** Entities seen in any language: a placeholder can show a name and type before the card arrives. */
  private readonly entities = new Map<string, Entity>();
  /** Bumped by `invalidate`, so an answer computed under the old settings is not stored. */
  private generation = 0;

  constructor(private readonly fetchCard: FetchCard) {}

  /** The cached card (null: the background knows no such entity), or undefined when not cached. */
  peek(entity: string, lang: string, context: readonly string[] = []): EntityCard | null | undefined {
    const key = keyOf(entity, lang, context);
    if (!this.cards.has(key)) return undefined;
    const card = this.cards.get(key)!;
    // Refresh recency, so the entities of the page being read are not the ones evicted.
    this.cards.delete(key);
    this.cards.set(key, card);
    return card;
  }

  /** What is known about the entity from any earlier card, for the loading placeholder. */
  knownEntity(entity: string): Entity | undefined {
    return this.entities.get(entity);
  }

  /** The card, from memory or the background; concurrent asks for one key share one request. */
  get(entity: string, lang: string, context: readonly string[] = []): Promise<EntityCard | null> {
    const cached = this.peek(entity, lang, context);
    if (cached !== undefined) return Promise.resolve(cached);
    const key = keyOf(entity, lang, context);
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const generation = this.generation;
    const request = (context.length ? this.fetchCard(entity, lang, context) : this.fetchCard(entity, lang)).then(
      (card) => {
        if (generation === this.generation) {
          this.pending.delete(key);
          this.store(key, card);
        }
        return card;
      },
      (error: unknown) => {
        // A failure is not cached: the background may simply have been asleep; the next hover retries.
        if (generation === this.generation) this.pending.delete(key);
        throw error;
      },
    );
    this.pending.set(key, request);
    return request;
  }

  /** Forgets every card (sources toggled, pack reseeded). Requests in flight are not stored either. */
  invalidate(): void {
    this.generation++;
    this.cards.clear();
    this.pending.clear();
  }

  get size(): number {
    return this.cards.size;
  }

  private store(key: string, card: EntityCard | null): void {
    this.cards.set(key, card);
    if (card) this.entities.set(card.entity.id, card.entity);
    while (this.cards.size > MAX_ENTRIES) {
      const oldest = this.cards.keys().next().value;
      if (oldest === undefined) break;
      this.cards.delete(oldest);
    }
  }
}

function keyOf(entity: string, lang: string, context: readonly string[]): string {
  return `${entity}\u0000${lang}\u0000${context.join(' ')}`;
}
