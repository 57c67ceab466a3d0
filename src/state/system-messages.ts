/**
 * System messages this process sent. The portal answers an edit of a system message with the same
 * ACCESS_DENIED as "not your message", and only supervisor/personal bots may read a message back to
 * tell them apart; remembering our own system sends covers plain bots too.
 *
 * Key: (portal origin, bot id, message id). Message and bot ids are numbered per portal, and one
 * facade may serve many portals (BITRIX24_PORTAL_HOSTS): a system send on portal A must not make an
 * ACCESS_DENIED for the same message id on portal B read as "your own system message". The bot id
 * keeps another bot's refusal on the same portal to the portal's own diagnosis.
 *
 * Bounded: at most `maxEntries` ids, the oldest forgotten first. This set is the memory SharedState's
 * (one process); with REDIS_URL every replica sees the same ids. Where an id is unknown the facade
 * falls back to reading the message (when the bot may).
 */
import { LRUCache } from 'lru-cache';

export const DEFAULT_MAX_SYSTEM_MESSAGES = 10_000;

export function systemMessageKey(portal: string, botId: number, messageId: number): string {
  return `${portal}\u0000${botId}\u0000${messageId}`;
}

export class SystemMessageIds {
  /** Remembered ids (the value is unused); lru-cache keeps the bound, the oldest going first. */
  private readonly keys: LRUCache<string, true>;

  constructor(maxEntries = DEFAULT_MAX_SYSTEM_MESSAGES) {
    this.keys = new LRUCache<string, true>({ max: maxEntries });
  }

  get size(): number {
    return this.keys.size;
  }

  /** `portal`: the origin of the portal the message was sent on (`https://acme.bitrix24.com`). */
  remember(portal: string, botId: number, messageId: number): void {
    this.keys.set(systemMessageKey(portal, botId, messageId), true);
  }

  has(portal: string, botId: number, messageId: number): boolean {
    return this.keys.has(systemMessageKey(portal, botId, messageId));
  }
}
