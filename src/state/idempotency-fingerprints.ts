/**
 * What each idempotency key of sendBotMessage was first used for, so that a key reused with
 * different content is refused (as Stripe does) instead of answering success for a message that
 * was never sent: the portal de-duplicates by templateId alone, so "ONE" then "TWO" under the same
 * key leaves only "ONE" in the chat while the second answer would echo "TWO".
 *
 * Key: (bot id, dialog id, templateId). Value: a SHA-256 fingerprint of the normalised send fields.
 * Bounded: at most `maxEntries` keys, least recently used evicted first; an entry expires `ttlMs`
 * after the key was first used (24 h by default, like Stripe's keys).
 *
 * This map lives in one process (the memory SharedState, shared-state.ts); with REDIS_URL the
 * Redis SharedState keeps the same first uses for every replica. In memory, after a restart or on
 * another replica, a reuse with different content is not detected; the portal still never sends a
 * duplicate for the key.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

export const DEFAULT_MAX_ENTRIES = 10_000;
export const DEFAULT_TTL_MS = 24 * 60 * 60 * 1000;

/** `new`: first use, now remembered; `match`: a replay of the same content; `mismatch`: refuse. */
export type FingerprintCheck = 'new' | 'match' | 'mismatch';

export interface FingerprintOptions {
  maxEntries?: number;
  ttlMs?: number;
  /** Milliseconds since the epoch; injected by tests. */
  now?: () => number;
}

/** JSON with object keys sorted, so the same content always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** SHA-256 (hex) of the canonical JSON of `content`. */
export function fingerprintOf(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

export class IdempotencyFingerprints {
  /** key -> fingerprint; lru-cache keeps the bound (LRU) and the expiry counted from the first use. */
  private readonly entries: LRUCache<string, string>;

  constructor(options: FingerprintOptions = {}) {
    const now = options.now;
    this.entries = new LRUCache<string, string>({
      max: options.maxEntries ?? DEFAULT_MAX_ENTRIES,
      ttl: options.ttlMs ?? DEFAULT_TTL_MS,
      // the expiry runs from the key's first use, however often it is replayed
      updateAgeOnGet: false,
      // read the clock on every check (lru-cache otherwise reuses a reading for up to 1 ms)
      ttlResolution: 0,
      ...(now === undefined ? {} : { perf: { now } }),
    });
  }

  get size(): number {
    return this.entries.size;
  }

  /** Compares with the key's first use, remembering `fingerprint` when the key is new (or expired). */
  check(key: string, fingerprint: string): FingerprintCheck {
    const first = this.entries.get(key);
    if (first !== undefined) return first === fingerprint ? 'match' : 'mismatch';
    this.entries.set(key, fingerprint);
    return 'new';
  }

  /** Forgets a first use that the portal refused (nothing was sent, so the key is still free). */
  forget(key: string, fingerprint: string): void {
    if (this.entries.peek(key) === fingerprint) this.entries.delete(key);
  }
}

/**
 * The map key of one send: bot, dialog and templateId (the portal's de-duplication key), on one
 * portal (`portal`: its origin; bot and chat ids are numbered per portal, and one facade may serve
 * many portals, see BITRIX24_PORTAL_HOSTS).
 */
export function sendKey(botId: number, dialogId: string, templateId: string, portal = ''): string {
  return `${portal}\u0000${botId}\u0000${dialogId}\u0000${templateId}`;
}
