/**
 * The raw portal client over got 14: one POST JSON request per call, every failure a PortalError.
 * No retries here (the retry policy lives in the traffic engine), no automatic redirects (a
 * renamed portal answers 30x and the POST must be re-sent as a POST, with the same body): each hop
 * is decided by a RedirectRule (redirect-rule.ts) before anything is sent to its target.
 */
import got, { type Response } from 'got';
import {
  CredentialError,
  assertPortalUrlAllowed,
  credentialOrigin,
  credentialSecrets,
  validateCredential,
  type PortalCredential,
} from './credential.js';
import { isErrorEnvelope, errorFromEnvelope, parseAnswer } from './envelope.js';
import { PortalError } from './portal-error.js';
import { listedPortalRedirects, singlePortalRedirects, type RedirectRule } from './redirect-rule.js';
import type { CallOptions, PortalCaller, PortalDownload, PortalResponse } from './portal-caller.js';
import { transportError } from './transport-error.js';

export interface PortalClientOptions {
  /** The cloud cuts requests at 60 s; a bit more lets the portal's own answer arrive. */
  timeoutMs?: number;
  userAgent?: string;
  /** How many 30x hops one call may follow. */
  maxRedirects?: number;
  /**
   * Multi-portal mode: whether a redirect may go to this origin (`scheme://host[:port]`), decided
   * before anything is sent there; a refused target is an UNSAFE_REDIRECT, an allowed one is
   * remembered. Shorthand for `redirectRule: listedPortalRedirects(redirectAllowed)`.
   */
  redirectAllowed?: (targetOrigin: string) => boolean;
  /**
   * How a 30x is treated (redirect-rule.ts); default `singlePortalRedirects()`: same origin or same
   * registrable domain, per call, never remembered. Ignored when `redirectAllowed` is set.
   */
  redirectRule?: RedirectRule;
  /** Told about each redirect followed or refused: origins only (a webhook path holds its code). */
  onRedirect?: (event: RedirectEvent) => void;
}

export interface RedirectEvent {
  method: string;
  httpStatus: number;
  /** the origin that answered 30x */
  from: string;
  /** the origin its Location names */
  to: string;
  outcome: 'followed' | 'remembered' | 'refused';
}

export interface PortalClient extends PortalCaller {
  /**
   * Moves the redirect rule allowed to be remembered (a host the operator listed): old origin → new
   * origin. Later calls for a credential with the old origin go straight to the new one. Only in
   * memory. A same-site move is never remembered: it is followed again on each call.
   */
  readonly movedOrigins: ReadonlyMap<string, string>;
}

const METHOD_NAME = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

interface Attempt {
  method: string;
  credential: PortalCredential;
  secrets: readonly string[];
  body: Record<string, unknown>;
  signal?: AbortSignal;
}

export function createPortalClient(options: PortalClientOptions = {}): PortalClient {
  const timeoutMs = options.timeoutMs ?? 65_000;
  const userAgent = options.userAgent ?? 'bitrix24-graphql-facade/0.1';
  const maxRedirects = options.maxRedirects ?? 3;
  const movedOrigins = new Map<string, string>();
  const redirectRule =
    options.redirectAllowed === undefined
      ? (options.redirectRule ?? singlePortalRedirects())
      : listedPortalRedirects(options.redirectAllowed);
  const told = (event: RedirectEvent) => {
    try {
      options.onRedirect?.(event);
    } catch {
      /* a failing listener must not change the call */
    }
  };

  function prepare(
    method: string,
    params: Record<string, unknown>,
    raw: PortalCredential,
    signal?: AbortSignal,
  ) {
    let credential: PortalCredential;
    const secrets = credentialSecrets(raw);
    try {
      credential = validateCredential(raw);
    } catch (e) {
      throw new PortalError({
        code: 'BAD_CREDENTIAL',
        httpStatus: null,
        method,
        description: e instanceof CredentialError ? e.message : 'invalid credential',
        transport: true,
        outcomeUnknown: false,
        secrets,
      });
    }
    if (!METHOD_NAME.test(method)) throw new TypeError(`Not a portal method name: ${JSON.stringify(method)}`);
    const body = credential.kind === 'oauth' ? { ...params, auth: credential.accessToken } : { ...params };
    const attempt: Attempt = { method, credential, secrets, body };
    if (signal) attempt.signal = signal;
    return attempt;
  }

  function firstUrl({ method, credential }: Attempt): URL {
    const origin = credentialOrigin(credential);
    const base = credential.kind === 'webhook' ? credential.webhookUrl : `${credential.portalUrl}/rest/`;
    const url = new URL(`${base}${method}`);
    const moved = movedOrigins.get(origin);
    if (moved) {
      const target = new URL(moved);
      url.protocol = target.protocol;
      url.host = target.host;
    }
    return url;
  }

  /** POSTs the attempt, re-sending it as the same POST to each `Location` up to `maxRedirects` hops. */
  async function send(attempt: Attempt): Promise<Response<Buffer>> {
    const startOrigin = credentialOrigin(attempt.credential);
    let url = firstUrl(attempt);
    for (let hop = 0; ; hop++) {
      let response: Response<Buffer>;
      try {
        response = await got.post(url, {
          body: JSON.stringify(attempt.body),
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            'user-agent': userAgent,
          },
          responseType: 'buffer',
          throwHttpErrors: false,
          followRedirect: false,
          retry: { limit: 0 },
          timeout: { request: timeoutMs },
          ...(attempt.signal ? { signal: attempt.signal } : {}),
        });
      } catch (e) {
        throw transportError(e, attempt.method, attempt.secrets, timeoutMs);
      }
      const location = response.headers.location;
      if (!REDIRECT_STATUSES.has(response.statusCode) || !location) return response;
      if (hop >= maxRedirects) {
        throw new PortalError({
          code: 'TOO_MANY_REDIRECTS',
          httpStatus: response.statusCode,
          method: attempt.method,
          description: `more than ${maxRedirects} redirects`,
          transport: true,
          outcomeUnknown: false,
          secrets: attempt.secrets,
        });
      }
      const next = new URL(location, url);
      try {
        assertPortalUrlAllowed(next, 'redirect target');
      } catch (e) {
        throw new PortalError({
          code: 'UNSAFE_REDIRECT',
          httpStatus: response.statusCode,
          method: attempt.method,
          description: e instanceof Error ? e.message : 'redirect refused',
          transport: true,
          outcomeUnknown: false,
          secrets: attempt.secrets,
        });
      }
      // Decided before the next POST, on every call: the body carries the user's token.
      const decision = redirectRule(startOrigin, next.origin);
      const event = {
        method: attempt.method,
        httpStatus: response.statusCode,
        from: url.origin,
        to: next.origin,
      };
      if (decision === 'refuse') {
        told({ ...event, outcome: 'refused' });
        throw new PortalError({
          code: 'UNSAFE_REDIRECT',
          httpStatus: response.statusCode,
          method: attempt.method,
          description: `The portal redirected to host ${next.host}, which is neither the portal's own domain nor an allowed host`,
          transport: true,
          outcomeUnknown: false,
          secrets: attempt.secrets,
        });
      }
      if (decision === 'follow-and-remember' && next.origin !== url.origin) {
        movedOrigins.set(startOrigin, next.origin);
        // Keep chains short: anything that pointed at the old target now points at the new one.
        for (const [from, to] of movedOrigins) if (to === url.origin) movedOrigins.set(from, next.origin);
        if (movedOrigins.get(startOrigin) === startOrigin) movedOrigins.delete(startOrigin);
      }
      told({ ...event, outcome: decision === 'follow-and-remember' ? 'remembered' : 'followed' });
      url = next;
    }
  }

  return {
    movedOrigins,

    async call<T>(
      method: string,
      params: Record<string, unknown>,
      credential: PortalCredential,
      callOptions: CallOptions = {},
    ): Promise<PortalResponse<T>> {
      const attempt = prepare(method, params, credential, callOptions.signal);
      const response = await send(attempt);
      return parseAnswer<T>({
        method,
        status: response.statusCode,
        body: response.body.toString('utf8'),
        secrets: attempt.secrets,
      });
    },

    async download(
      method: string,
      params: Record<string, unknown>,
      credential: PortalCredential,
    ): Promise<PortalDownload> {
      const attempt = prepare(method, params, credential);
      const response = await send(attempt);
      const contentType = String(response.headers['content-type'] ?? 'application/octet-stream');
      const ok = response.statusCode >= 200 && response.statusCode < 300;
      const isJson = /\bjson\b/i.test(contentType);
      if (!ok) {
        // Always throws for a non-2xx status, whatever the body.
        parseAnswer({
          method,
          status: response.statusCode,
          body: response.body.toString('utf8'),
          secrets: attempt.secrets,
        });
      }
      if (isJson) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(response.body.toString('utf8'));
        } catch {
          parsed = undefined;
        }
        if (isErrorEnvelope(parsed))
          throw errorFromEnvelope(parsed, method, response.statusCode, attempt.secrets);
      }
      return {
        body: response.body,
        contentType,
        filename: filenameOf(response.headers['content-disposition']),
      };
    },
  };
}

/** `attachment; filename="x.xls"` or RFC 5987 `filename*=UTF-8''x.xls`. */
export function filenameOf(disposition: string | undefined): string | null {
  if (!disposition) return null;
  const star = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      /* fall through to the plain form */
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition);
  return plain ? (plain[2] ?? plain[1] ?? '').trim() || null : null;
}
