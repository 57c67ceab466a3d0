/**
 * Where the application's rotating token pair is kept between refreshes. Bitrix24 replaces the
 * refresh token on every refresh (docs/bitrix24-contract.md §1.3) and the old one stops working, so a token kept
 * only in memory is lost on restart and is invalidated under the feet of other replicas.
 *
 * The configured BITRIX24_APP_REFRESH_TOKEN is only the *seed*: once a store holds a pair that
 * was rotated from that seed, the stored pair wins. A store records which seed it grew from (a
 * hash), so an operator who configures a new refresh token (the app was reinstalled) is obeyed.
 *
 * The contents are secrets: implementations never log them and name only their location.
 */
import { createHash } from 'node:crypto';

export type { StoredAppToken } from '../../../config/app-token-file.js';
import type { StoredAppToken } from '../../../config/app-token-file.js';

/** A cross-replica lock around one refresh; release it whatever the outcome. */
export interface AppTokenLock {
  release(): Promise<void>;
}

export interface AppTokenStore {
  /** Where the pair lives, for log lines and errors (a path or key name, never the contents). */
  readonly location: string;
  load(): Promise<StoredAppToken | undefined>;
  save(token: StoredAppToken): Promise<void>;
  /**
   * Shared stores only: take the refresh lock for `ttlMs`, or undefined when another replica
   * holds it. Stores without it (memory, file) are used by one process.
   */
  tryLock?(ttlMs: number): Promise<AppTokenLock | undefined>;
  close?(): Promise<void>;
}

/** The default: what the process learns lives as long as the process (the behaviour before stores). */
export class MemoryAppTokenStore implements AppTokenStore {
  readonly location = 'memory';
  private token: StoredAppToken | undefined;

  load(): Promise<StoredAppToken | undefined> {
    return Promise.resolve(this.token === undefined ? undefined : { ...this.token });
  }

  save(token: StoredAppToken): Promise<void> {
    this.token = { ...token };
    return Promise.resolve();
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Identifies a configured refresh token without keeping it (a one-way hash, 16 hex chars). */
export function seedHash(refreshToken: string): string {
  return sha256(`seed\n${refreshToken}`).slice(0, 16);
}

/**
 * The store key part for one application at one authorisation server: the endpoint's origin and
 * a hash of the client id, so several apps (or portals) can share one Redis without secrets in
 * key names.
 */
export function appTokenKey(oauthUrl: string, clientId: string): string {
  return `${new URL(oauthUrl).origin}:${sha256(`client\n${clientId}`).slice(0, 16)}`;
}

export { parseStoredAppToken } from '../../../config/app-token-file.js';
