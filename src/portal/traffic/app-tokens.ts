/**
 * Application tokens the server itself holds (connector calls, OAuth-mode bots). On
 * `expired_token` the engine asks for a refresh; concurrent callers share one refresh
 * (single-flight) and a caller holding an already-replaced token just gets the new one (contract
 * §1.3: refresh once on 401 expired_token, never on a timer). The refresh token rotates: the
 * new one replaces the old in memory (persist it via `onRefresh` if the process restarts).
 */
import type { PortalCredential } from '../credential.js';
import { PortalError } from '../portal-error.js';

export const DEFAULT_OAUTH_URL = 'https://oauth.bitrix.info/oauth/token/';
const TOKEN_METHOD = 'oauth.token';

export interface AppTokenOptions {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  /** the portal origin the tokens are for */
  portalUrl: string;
  /** the token endpoint; the emulator serves one at `<emulator>/oauth/token/` */
  oauthUrl?: string;
  /** a current access token, if one is known at start-up */
  accessToken?: string;
  timeoutMs?: number;
  onRefresh?: (tokens: { accessToken: string; refreshToken: string; expiresAt: number | null }) => void;
}

export class AppTokens {
  private accessToken: string | undefined;
  private refreshToken: string;
  private readonly issued = new Set<string>();
  private inflight: Promise<string> | null = null;
  /** completed refreshes, for tests and stats */
  refreshes = 0;

  constructor(private readonly options: AppTokenOptions) {
    this.refreshToken = options.refreshToken;
    this.accessToken = options.accessToken;
    if (options.accessToken) this.issued.add(options.accessToken);
  }

  /** The credential for calls made with the application's own token (refreshes first if there is none). */
  async credential(): Promise<PortalCredential> {
    const token = this.accessToken ?? (await this.refreshNow(undefined));
    return { kind: 'oauth', portalUrl: this.options.portalUrl, accessToken: token };
  }

  /** Is this credential one of ours (so an expired token may be refreshed rather than reported)? */
  owns(credential: PortalCredential): boolean {
    return credential.kind === 'oauth' && this.issued.has(credential.accessToken);
  }

  /** A fresh credential replacing `stale`: one refresh however many callers ask at once. */
  async refresh(stale: PortalCredential): Promise<PortalCredential> {
    const staleToken = stale.kind === 'oauth' ? stale.accessToken : undefined;
    const token =
      this.accessToken !== undefined && this.accessToken !== staleToken
        ? this.accessToken
        : await this.refreshNow(staleToken);
    return { kind: 'oauth', portalUrl: this.options.portalUrl, accessToken: token };
  }

  private refreshNow(staleToken: string | undefined): Promise<string> {
    if (this.inflight) return this.inflight;
    if (this.accessToken !== undefined && this.accessToken !== staleToken)
      return Promise.resolve(this.accessToken);
    this.inflight = this.requestToken().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  private secrets(): string[] {
    return [this.options.clientSecret, this.refreshToken, this.accessToken ?? ''].filter((s) => s !== '');
  }

  private async requestToken(): Promise<string> {
    const url = new URL(this.options.oauthUrl ?? DEFAULT_OAUTH_URL);
    url.searchParams.set('grant_type', 'refresh_token');
    url.searchParams.set('client_id', this.options.clientId);
    url.searchParams.set('client_secret', this.options.clientSecret);
    url.searchParams.set('refresh_token', this.refreshToken);
    const fail = (code: string, status: number | null, description: string, transport: boolean) =>
      new PortalError({
        code,
        httpStatus: status,
        method: TOKEN_METHOD,
        description,
        transport,
        outcomeUnknown: false,
        secrets: this.secrets(),
      });
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
    } catch (e) {
      throw fail(
        'NETWORK_ERROR',
        null,
        `token refresh failed: ${e instanceof Error ? e.name : 'error'}`,
        true,
      );
    }
    let body: Record<string, unknown>;
    try {
      body = (await response.json()) as Record<string, unknown>;
    } catch {
      throw fail('BAD_RESPONSE', response.status, 'the token endpoint did not answer with JSON', true);
    }
    if (typeof body.error === 'string' || typeof body.access_token !== 'string') {
      const code = typeof body.error === 'string' ? body.error : 'BAD_RESPONSE';
      const text = typeof body.error_description === 'string' ? body.error_description : 'no access_token';
      throw fail(code, response.status, text, false);
    }
    const accessToken = body.access_token;
    if (typeof body.refresh_token === 'string') this.refreshToken = body.refresh_token;
    this.accessToken = accessToken;
    this.issued.add(accessToken);
    // Remember a few recent tokens (callers may still hold them), not every token ever issued.
    if (this.issued.size > 8) this.issued.delete(this.issued.values().next().value as string);
    this.refreshes += 1;
    const expires = typeof body.expires === 'number' ? body.expires * 1000 : null;
    this.options.onRefresh?.({ accessToken, refreshToken: this.refreshToken, expiresAt: expires });
    return accessToken;
  }
}
