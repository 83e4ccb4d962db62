import { MAX_ROWS_PER_CALL, type TestimonyListItem } from '../../../../shared/domain/testimony-query';

/**
 * The list's rows, fetched by id as they come into view (`testimonies.rows`) and kept for the
 * session: a search answers ids only, and 10,000 full rows on every keystroke would be slow.
 * A row already seen shows at once in any later search or sort.
 *
 * Freshness goes by generation: when the list is told that records changed (an edit, an
 * import, coming back from a testimony), the generation moves on and every kept row becomes
 * stale. A stale row is still shown (no flash of placeholders) but asked again as soon as it
 * is in view. An answer never replaces a row fetched for a newer generation.
 *
 * Plain TypeScript, no React: the hook (use-testimony-rows.ts) owns one per unlocked session
 * and clears it on unmount, so nothing survives a lock.
 */
export type FetchRows = (ids: readonly string[]) => Promise<readonly TestimonyListItem[]>;

interface Entry {
  /** Null: the core had no such testimony when asked (deleted since the search). */
  item: TestimonyListItem | null;
  generation: number;
}

export interface RowView {
  item: TestimonyListItem | null | undefined;
  /** Asked and answered for the current generation. */
  fresh: boolean;
}

export class RowStore {
  private readonly entries = new Map<string, Entry>();
  /** Id -> the generation it is being fetched for. */
  private readonly inFlight = new Map<string, { generation: number; done: Promise<void> }>();
  private readonly listeners = new Set<() => void>();
  private generationNow = 0;
  private versionNow = 0;
  private errorNow: unknown = null;
  /** Bumped by clear(): answers to requests made before it are dropped. */
  private epoch = 0;

  constructor(
    private readonly fetchRows: FetchRows,
    private readonly batchSize = MAX_ROWS_PER_CALL,
  ) {}

  /** Moves to a new generation (idempotent for the same number); clears the last error. */
  setGeneration(generation: number): void {
    if (generation === this.generationNow) return;
    this.generationNow = generation;
    this.errorNow = null;
  }

  get generation(): number {
    return this.generationNow;
  }

  /** Bumped on every change the screen shows (rows arrived, an error). */
  get version(): number {
    return this.versionNow;
  }

  /** The last failed fetch of this generation, if any. */
  get error(): unknown {
    return this.errorNow;
  }

  view(id: string): RowView {
    const entry = this.entries.get(id);
    return { item: entry?.item, fresh: entry !== undefined && entry.generation === this.generationNow };
  }

  item(id: string): TestimonyListItem | undefined {
    return this.entries.get(id)?.item ?? undefined;
  }

  /** Every row seen so far (for choices built from the vault's values, e.g. languages). */
  items(): TestimonyListItem[] {
    const out: TestimonyListItem[] = [];
    for (const entry of this.entries.values()) if (entry.item) out.push(entry.item);
    return out;
  }

  /**
   * Makes sure these rows are fresh: asks the ones that are neither fresh nor already asked
   * for this generation, in batches the contract accepts. Resolves when every one of them has
   * been answered (or failed: the failure is kept in `error`, and the rows can be asked again).
   */
  ensure(ids: readonly string[]): Promise<void> {
    const generation = this.generationNow;
    const waits: Promise<void>[] = [];
    const ask: string[] = [];
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      if (this.entries.get(id)?.generation === generation) continue;
      const pending = this.inFlight.get(id);
      if (pending && pending.generation === generation) waits.push(pending.done);
      else ask.push(id);
    }
    for (let at = 0; at < ask.length; at += this.batchSize) {
      const batch = ask.slice(at, at + this.batchSize);
      const done = this.fetchBatch(batch, generation);
      for (const id of batch) this.inFlight.set(id, { generation, done });
      waits.push(done);
    }
    return Promise.all(waits).then(() => undefined);
  }

  private async fetchBatch(batch: readonly string[], generation: number): Promise<void> {
    const epoch = this.epoch;
    let items: readonly TestimonyListItem[];
    try {
      items = await this.fetchRows(batch);
    } catch (error) {
      if (epoch !== this.epoch) return;
      this.settle(batch, generation);
      if (generation === this.generationNow) {
        this.errorNow = error;
        this.changed();
      }
      return;
    }
    if (epoch !== this.epoch) return;
    this.settle(batch, generation);
    const answered = new Map(items.map((item) => [item.id, item]));
    for (const id of batch) {
      const kept = this.entries.get(id);
      // An answer to an older request must not undo a newer one that arrived first.
      if (kept && kept.generation > generation) continue;
      this.entries.set(id, { item: answered.get(id) ?? null, generation });
    }
    this.changed();
  }

  /** The batch is no longer in flight (unless a newer request for an id took its place). */
  private settle(batch: readonly string[], generation: number): void {
    for (const id of batch) if (this.inFlight.get(id)?.generation === generation) this.inFlight.delete(id);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.versionNow;

  private changed(): void {
    this.versionNow += 1;
    for (const listener of this.listeners) listener();
  }

  /**
   * Forgets every row (the list is gone: a lock, the end of the session); answers to requests
   * made before are dropped. The store stays usable: a list mounted again fetches anew.
   */
  clear(): void {
    this.epoch += 1;
    this.entries.clear();
    this.inFlight.clear();
    this.errorNow = null;
  }
}
