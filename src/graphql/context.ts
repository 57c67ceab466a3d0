/**
 * The per-request GraphQL context. Built fresh for every HTTP request by `create-context.ts`;
 * nothing in it is shared between requests or users.
 */
import type { Config } from '../config/config.js';
import type { PortalCredential } from '../backends/bitrix24/credential.js';
import type { PortalCaller } from '../backends/bitrix24/portal-caller.js';
import type { HealthCheck } from './portal-health.js';
import type { Identity } from './identity.js';
import type { BackendKey } from './backend-registry.js';
import type { NodeRef } from './global-id.js';
import type { Node } from './node.interface.js';
import type { SharedState } from '../state/shared-state.js';

/**
 * Lazily-filled per-request registry of DataLoaders (or any per-request cache). A request has one
 * identity, so a loader here is automatically keyed per user.
 *
 *   const polls = ctx.loaders.get('polls.byMessageId', () => new DataLoader(...));
 */
export interface LoaderRegistry {
  get<T>(key: string, factory: () => T): T;
}

export class RequestLoaders implements LoaderRegistry {
  private readonly entries = new Map<string, unknown>();

  get<T>(key: string, factory: () => T): T {
    if (!this.entries.has(key)) this.entries.set(key, factory());
    return this.entries.get(key) as T;
  }
}

export interface GraphQLContext {
  /** Who the request acts as. Reading it for an unauthenticated request throws UNAUTHENTICATED. */
  readonly identity: Identity;
  /** Portal calls: always pass `identity.credential`. */
  readonly portal: PortalCaller;
  readonly requestId: string;
  readonly config: Config;
  readonly loaders: LoaderRegistry;
  /** Cached portal reachability probe (for `Query.portal`). */
  readonly health: HealthCheck;
  /**
   * The bot token the caller sent in the `X-Bot-Token` header (webhook transport), if any. A header,
   * not a GraphQL argument: arguments end up in logs, persisted queries and client caches.
   */
  readonly requestBotToken?: string;
  /** Whether the server holds the application's own OAuth token (BITRIX24_APP_* configured). */
  readonly hasAppCredential: boolean;
  /**
   * The application's own credential (connector calls, OAuth-mode bots), or undefined when none is
   * configured. Requires the caller's identity first (throws UNAUTHENTICATED without one), so an
   * anonymous request never gets the server's token. The first call may refresh the token; a
   * refused refresh throws FORBIDDEN with reason APP_TOKEN_REFRESH_FAILED.
   */
  appCredential(): Promise<PortalCredential | undefined>;
  /**
   * The request's backend for a feature's key (e.g. POLL_BACKEND), built on first use from the
   * factory the composition root registered; features never name a concrete backend.
   */
  backend<T>(key: BackendKey<T>): T;
  /** The object a decoded global id names, as the caller sees it (features register refetchers). */
  refetch(ref: NodeRef): Promise<Node | null>;
  /** State shared between replicas (Redis with REDIS_URL, else this process). */
  readonly state: SharedState;
}
