/**
 * Application tokens the server itself holds (connector calls, OAuth-mode bots). On
 * `expired_token` the engine asks for a refresh; concurrent callers share one refresh
 * (single-flight) and a caller holding an already-replaced token just gets the new one (contract
 * docs/bitrix24-contract.md §1.3: refresh once on 401 expired_token, never on a timer).
 *
 * The refresh token rotates and the old one dies, so every refreshed pair is saved to an
 * AppTokenStore (app-token-store.ts) and the stored pair beats the configured seed at start-up.
 * With a shared store (Redis) replicas also share the refresh: before refreshing, re-read the
 * store (another replica may already hold a newer token); otherwise take the store's short lock,
 * re-read, refresh, save, release. Replicas that lose the race poll the store, bounded.
 *
 * A failed refresh (refused, unreachable token endpoint, unusable store) starts a backoff: 1 s, then
 * doubling up to 5 min, each delay jittered down by up to half so that replicas do not retry in step.
 * While it runs, every caller fails at once with AppTokenBackoffError (the last attempt's error plus
 * the seconds left) and nothing is sent to the token endpoint; the first caller after it makes the
 * next attempt (single-flight as above), and a success resets it. The backoff is per process, also
 * with a shared store: a replica backing off does not see a pair another replica refreshed until its
 * own backoff ends (at most 5 min), which keeps the store from being read on every failing request.
 */
import type { PortalCredential } from '../credential.js';
import { PortalError } from '../portal-error.js';
import { MemoryAppTokenStore, seedHash, type AppTokenStore, type StoredAppToken } from './app-token-store.js';
import { requestAppToken } from './app-token-request.js';
import type { TrafficObserver } from './traffic-observer.js';

export const DEFAULT_OAUTH_URL = 'https://oauth.bitrix.info/oauth/token/';
const TOKEN_METHOD = 'oauth.token';
/** A stored access token this close to its expiry is not worth adopting. */
const EXPIRY_MARGIN_MS = 5_000;
const POLL_MS = 100;
const BACKOFF_FIRST_MS = 1_000;
const BACKOFF_MAX_MS = 5 * 60_000;

/**
 * A refresh not attempted because an earlier attempt failed moments ago: the same code and texts
 * as that attempt's error (`failure`), and when the next attempt may be made.
 */
export class AppTokenBackoffError extends PortalError {
  constructor(
    readonly failure: PortalError,
    readonly retryAfterSeconds: number,
  ) {
    super({
      code: failure.code,
      httpStatus: failure.httpStatus,
      method: failure.method,
      description: failure.description,
      transport: failure.transport,
      outcomeUnknown: false,
    });
    this.name = 'AppTokenBackoffError';
  }

  /** Set on the error of the attempt itself (the n-th failure in a row); undefined while backing off. */
  attempt: number | undefined;
}

/** What the last failed attempt left behind: its error and when the next attempt may start. */
interface Backoff {
  failures: number;
  until: number;
  error: PortalError;
}

export interface AppTokenOptions {
  clientId: string;
  clientSecret: string;
  /** the configured refresh token: the seed, used until a store holds a pair rotated from it */
  refreshToken: string;
  /** the portal origin the tokens are for */
  portalUrl: string;
  /** the token endpoint; the emulator serves one at `<emulator>/oauth/token/` */
  oauthUrl?: string;
  /** a current access token, if one is known at start-up */
  accessToken?: string;
  timeoutMs?: number;
  /** where rotated pairs are kept; default in memory (lost on restart) */
  store?: AppTokenStore;
  /** shared stores: how long the refresh lock is held at most (default 10 s) */
  lockTtlMs?: number;
  /** a save failed after a successful refresh (the new pair is still used in memory) */
  onStoreError?: (location: string, error: unknown) => void;
  onRefresh?: (tokens: { accessToken: string; refreshToken: string; expiresAt: number | null }) => void;
  /** told whether each refresh (one per single-flight round) succeeded; for /metrics */
  observer?: Pick<TrafficObserver, 'tokenRefresh'>;
  /** the clock and the jitter source of the refresh backoff (tests inject both) */
  now?: () => number;
  random?: () => number;
}

export class AppTokens {
  private accessToken: string | undefined;
  private refreshToken: string;
  private readonly seed: string;
  private readonly store: AppTokenStore;
  private readonly lockTtlMs: number;
  private readonly issued = new Set<string>();
  private inflight: Promise<string> | null = null;
  private loading: Promise<void> | null = null;
  private backoff: Backoff | null = null;
  /** completed refreshes at the token endpoint, for tests and stats */
  refreshes = 0;

  constructor(private readonly options: AppTokenOptions) {
    this.refreshToken = options.refreshToken;
    this.seed = seedHash(options.refreshToken);
    this.store = options.store ?? new MemoryAppTokenStore();
    this.lockTtlMs = options.lockTtlMs ?? 10_000;
    this.accessToken = options.accessToken;
    if (options.accessToken) this.issued.add(options.accessToken);
  }

  /** Where the pair is kept (for a start-up log line; never the contents). */
  get storeLocation(): string {
    return this.store.location;
  }

  /** The credential for calls made with the application's own token (refreshes first if there is none). */
  async credential(): Promise<PortalCredential> {
    await this.ready();
    const token = this.accessToken ?? (await this.refreshNow(undefined));
    return { kind: 'oauth', portalUrl: this.options.portalUrl, accessToken: token };
  }

  /** Is this credential one of ours (so an expired token may be refreshed rather than reported)? */
  owns(credential: PortalCredential): boolean {
    return credential.kind === 'oauth' && this.issued.has(credential.accessToken);
  }

  /** A fresh credential replacing `stale`: one refresh however many callers ask at once. */
  async refresh(stale: PortalCredential): Promise<PortalCredential> {
    await this.ready();
    const staleToken = stale.kind === 'oauth' ? stale.accessToken : undefined;
    const token =
      this.accessToken !== undefined && this.accessToken !== staleToken
        ? this.accessToken
        : await this.refreshNow(staleToken);
    return { kind: 'oauth', portalUrl: this.options.portalUrl, accessToken: token };
  }

  /** Closes the store's connection, if it has one. */
  async close(): Promise<void> {
    await this.store.close?.();
  }

  /** Loads the stored pair once; a pair rotated from another seed is ignored (the operator replaced it). */
  private ready(): Promise<void> {
    this.loading ??= this.readStore().then(
      (stored) => {
        if (stored !== undefined && (stored.seed === undefined || stored.seed === this.seed))
          this.adopt(stored, undefined);
      },
      (error: unknown) => {
        this.loading = null; // try again on the next call
        throw error;
      },
    );
    return this.loading;
  }

  private refreshNow(staleToken: string | undefined): Promise<string> {
    if (this.inflight) return this.inflight;
    if (this.accessToken !== undefined && this.accessToken !== staleToken)
      return Promise.resolve(this.accessToken);
    const now = this.options.now ?? Date.now;
    const waitMs = this.backoff === null ? 0 : this.backoff.until - now();
    if (this.backoff !== null && waitMs > 0)
      return Promise.reject(new AppTokenBackoffError(this.backoff.error, Math.ceil(waitMs / 1000)));
    this.inflight = this.rotate(staleToken)
      .then(
        (token) => {
          this.backoff = null;
          this.options.observer?.tokenRefresh?.(true);
          return token;
        },
        (error: unknown) => {
          this.options.observer?.tokenRefresh?.(false);
          throw error instanceof PortalError ? this.backOff(error, now()) : error;
        },
      )
      .finally(() => {
        this.inflight = null;
      });
    return this.inflight;
  }

  /** Starts (or lengthens) the backoff after a failed attempt; the attempt's own error says when to retry. */
  private backOff(error: PortalError, now: number): AppTokenBackoffError {
    const failures = (this.backoff?.failures ?? 0) + 1;
    const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.min(failures - 1, 30));
    const delayMs = ceiling * (0.5 + 0.5 * (this.options.random ?? Math.random)());
    this.backoff = { failures, until: now + delayMs, error };
    const attempted = new AppTokenBackoffError(error, Math.ceil(delayMs / 1000));
    attempted.attempt = failures;
    return attempted;
  }

  private async rotate(stale: string | undefined): Promise<string> {
    const store = this.store;
    if (store.tryLock === undefined) return this.refreshAndSave(stale, this.options.timeoutMs);
    // Keep the lock for the whole refresh: a lock that expires mid-refresh lets a second replica spend
    // the same single-use refresh token.
    const timeoutMs = Math.min(this.options.timeoutMs ?? 30_000, Math.max(1_000, this.lockTtlMs - 1_000));
    const deadline = Date.now() + this.lockTtlMs + 2_000;
    for (;;) {
      const fresh = await this.reread(stale);
      if (fresh !== undefined) return fresh;
      const lock = await store.tryLock(this.lockTtlMs).catch((e: unknown) => {
        throw this.storeError('locked', e);
      });
      if (lock !== undefined) {
        try {
          // Another replica may have finished between our read and our lock.
          return (await this.reread(stale)) ?? (await this.refreshAndSave(stale, timeoutMs));
        } finally {
          await lock.release();
        }
      }
      if (Date.now() >= deadline) {
        throw this.fail('TOKEN_STORE_BUSY', 'another replica held the token refresh lock too long', true);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** Adopts a newer stored pair of our chain; returns its access token when it may replace `stale`. */
  private async reread(stale: string | undefined): Promise<string | undefined> {
    const stored = await this.readStore();
    if (stored === undefined || (stored.seed !== undefined && stored.seed !== this.seed)) return undefined;
    return this.adopt(stored, stale);
  }

  private adopt(stored: StoredAppToken, stale: string | undefined): string | undefined {
    // The store is the truth for our chain (it is written under the lock), whatever the clocks say.
    this.refreshToken = stored.refreshToken;
    const usable =
      stored.accessToken !== stale &&
      (stored.expiresAt === null || stored.expiresAt > Date.now() + EXPIRY_MARGIN_MS);
    if (!usable) return undefined;
    this.setAccess(stored.accessToken);
    return stored.accessToken;
  }

  private async refreshAndSave(stale: string | undefined, timeoutMs: number | undefined): Promise<string> {
    let pair: StoredAppToken;
    const used = this.refreshToken;
    try {
      pair = await this.request(used, timeoutMs);
    } catch (error) {
      // A refused refresh token may just have been rotated by another replica (or an earlier run):
      // look at the store once before giving up.
      if (!(error instanceof PortalError) || error.code !== 'invalid_grant') throw error;
      const stored = await this.store.load().catch(() => undefined);
      if (stored === undefined || stored.refreshToken === used) throw error;
      if (stored.seed !== undefined && stored.seed !== this.seed) throw error;
      const fresh = this.adopt(stored, stale);
      if (fresh !== undefined) return fresh;
      pair = await this.request(this.refreshToken, timeoutMs);
    }
    this.refreshToken = pair.refreshToken;
    this.setAccess(pair.accessToken);
    this.refreshes += 1;
    try {
      await this.store.save(pair);
    } catch (e) {
      this.options.onStoreError?.(this.store.location, e);
    }
    this.options.onRefresh?.({
      accessToken: pair.accessToken,
      refreshToken: pair.refreshToken,
      expiresAt: pair.expiresAt,
    });
    return pair.accessToken;
  }

  private request(refreshToken: string, timeoutMs: number | undefined): Promise<StoredAppToken> {
    return requestAppToken({
      oauthUrl: this.options.oauthUrl ?? DEFAULT_OAUTH_URL,
      clientId: this.options.clientId,
      clientSecret: this.options.clientSecret,
      refreshToken,
      seed: this.seed,
      timeoutMs: timeoutMs ?? 30_000,
      fail: (code, status, description, transport) =>
        this.fail(code, description, transport, status, [refreshToken]),
    });
  }

  private setAccess(accessToken: string): void {
    this.accessToken = accessToken;
    this.issued.add(accessToken);
    // Remember a few recent tokens (callers may still hold them), not every token ever issued.
    if (this.issued.size > 8) this.issued.delete(this.issued.values().next().value as string);
  }

  private async readStore(): Promise<StoredAppToken | undefined> {
    try {
      return await this.store.load();
    } catch (e) {
      throw this.storeError('read', e);
    }
  }

  private storeError(what: string, e: unknown): PortalError {
    const name = e instanceof Error ? e.name : 'error';
    return this.fail(
      'TOKEN_STORE_UNAVAILABLE',
      `the application token store (${this.store.location}) could not be ${what}: ${name}`,
      true,
    );
  }

  private fail(
    code: string,
    description: string,
    transport: boolean,
    httpStatus: number | null = null,
    extraSecrets: string[] = [],
  ): PortalError {
    const secrets = [
      this.options.clientSecret,
      this.options.refreshToken,
      this.refreshToken,
      ...extraSecrets,
    ];
    if (this.accessToken !== undefined) secrets.push(this.accessToken);
    return new PortalError({
      code,
      httpStatus,
      method: TOKEN_METHOD,
      description,
      transport,
      outcomeUnknown: false,
      secrets: secrets.filter((s) => s !== ''),
    });
  }
}
