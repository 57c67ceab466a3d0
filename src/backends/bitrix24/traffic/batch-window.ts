/**
 * Groups calls that arrive within a short window under one key (one credential) so they can go out
 * as a single `batch`. A group is handed to `flush` when its window ends or when it is full; it
 * stays open for newcomers until the flusher closes it (the flusher first waits for a rate-limit
 * slot, and calls arriving meanwhile ride along for free). A closed or full group is never
 * joined: the next call starts a new group.
 */
import type { Clock } from './clock.js';

export interface BatchGroup<T> {
  readonly key: string;
  readonly items: T[];
  closed: boolean;
}

interface OpenGroup<T> extends BatchGroup<T> {
  full: () => void;
}

export interface BatchWindowOptions {
  windowMs: number;
  maxItems: number;
}

export class BatchWindow<T> {
  private readonly open = new Map<string, OpenGroup<T>>();

  constructor(
    private readonly options: BatchWindowOptions,
    private readonly clock: Clock,
    private readonly flush: (group: BatchGroup<T>) => void,
  ) {}

  /** Groups still accepting items (for tests and stats). */
  get openGroups(): number {
    return this.open.size;
  }

  add(key: string, item: T): void {
    let group = this.open.get(key);
    if (!group) {
      group = this.start(key);
    }
    group.items.push(item);
    if (group.items.length >= this.options.maxItems) {
      this.detach(group);
      group.full();
    }
  }

  /** No more items for this group; called by the flusher right before sending. */
  close(group: BatchGroup<T>): void {
    group.closed = true;
    const open = this.open.get(group.key);
    if (open === group) this.open.delete(group.key);
  }

  private detach(group: OpenGroup<T>): void {
    if (this.open.get(group.key) === group) this.open.delete(group.key);
  }

  private start(key: string): OpenGroup<T> {
    let signalFull: () => void = () => undefined;
    const filled = new Promise<void>((resolve) => {
      signalFull = resolve;
    });
    const group: OpenGroup<T> = { key, items: [], closed: false, full: () => signalFull() };
    this.open.set(key, group);
    const windowEnds = this.clock.sleep(this.options.windowMs);
    void Promise.race([windowEnds, filled]).then(() => this.flush(group));
    return group;
  }
}
