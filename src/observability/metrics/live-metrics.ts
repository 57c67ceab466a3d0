/**
 * Live results on GET /metrics: what subscriptions cost and deliver. Every figure is read from the
 * live parts' own counters at scrape time (nothing is counted twice); labels are bounded sets
 * (backend, event source), never an identity, token or poll id.
 */
import { Counter, Gauge, type Registry } from 'prom-client';

export type LiveEventSource = 'SNAPSHOT' | 'MUTATION' | 'WATCHER';

/** Where the figures come from (the server wires its hub, sockets and watchers in). */
export interface LiveFigures {
  /** WebSocket connections open now */
  sockets(): number;
  /** subscriptions open now */
  subscriptions(): number;
  /** polls watched now, per backend */
  watched(): { bitrix24: number; telegram: number };
  /** `batch` requests the Bitrix24 watcher sent (all time) */
  watcherReads(): number;
  /** watcher requests the pacer deferred because the portal had no room beyond the reserve */
  backgroundDeferred(): number;
  /** events pushed to subscribers, per source (all time) */
  delivered(): Record<LiveEventSource, number>;
  /** Telegram poll updates received that matched a watched poll (all time) */
  telegramUpdates(): number;
}

export class LiveMetrics {
  private figures: LiveFigures | undefined;

  constructor(registry: Registry) {
    const read = <T>(pick: (f: LiveFigures) => T, none: T): T =>
      this.figures === undefined ? none : pick(this.figures);
    new Gauge({
      name: 'b24facade_live_sockets',
      help: 'GraphQL-over-WebSocket connections open now.',
      registers: [registry],
      collect() {
        this.set(read((f) => f.sockets(), 0));
      },
    });
    new Gauge({
      name: 'b24facade_live_subscriptions',
      help: 'Live-results subscriptions open now.',
      registers: [registry],
      collect() {
        this.set(read((f) => f.subscriptions(), 0));
      },
    });
    new Gauge({
      name: 'b24facade_live_watched_polls',
      help: 'Polls watched for live results now, per backend.',
      labelNames: ['backend'],
      registers: [registry],
      collect() {
        const watched = read((f) => f.watched(), { bitrix24: 0, telegram: 0 });
        this.set({ backend: 'bitrix24' }, watched.bitrix24);
        this.set({ backend: 'telegram' }, watched.telegram);
      },
    });
    // prom-client counters cannot be set: each scrape resets them to the source's own total.
    new Counter({
      name: 'b24facade_live_watcher_reads_total',
      help: 'Portal requests (batch) the Bitrix24 live watcher sent, in the background class.',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(read((f) => f.watcherReads(), 0));
      },
    });
    new Counter({
      name: 'b24facade_live_background_deferred_total',
      help: 'Live watcher requests deferred because the portal had no room beyond the interactive reserve.',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(read((f) => f.backgroundDeferred(), 0));
      },
    });
    new Counter({
      name: 'b24facade_live_events_delivered_total',
      help: 'Live-results events pushed to subscribers, per source (SNAPSHOT, MUTATION, WATCHER).',
      labelNames: ['source'],
      registers: [registry],
      collect() {
        this.reset();
        const delivered = read((f) => f.delivered(), { SNAPSHOT: 0, MUTATION: 0, WATCHER: 0 });
        for (const [source, value] of Object.entries(delivered)) this.inc({ source }, value);
      },
    });
    new Counter({
      name: 'b24facade_live_telegram_updates_total',
      help: 'Telegram updateMessagePoll pushes received for a watched poll (no read is made for them).',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(read((f) => f.telegramUpdates(), 0));
      },
    });
  }

  /** The server's live parts; the last server attached is the one shown. */
  attach(figures: LiveFigures): void {
    this.figures = figures;
  }
}
