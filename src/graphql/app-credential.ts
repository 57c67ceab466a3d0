/**
 * The application's own OAuth credential (BITRIX24_APP_*), as the server hands it to resolvers.
 * The token itself never leaves the portal layer: resolvers get a PortalCredential to pass to
 * `ctx.portal.call`, never a string to echo.
 *
 * A refresh the authorization server refuses (invalid_grant, invalid_client...) is the server's
 * own misconfiguration, not the caller's: it must not look like UNAUTHENTICATED (the client would
 * try to refresh *its* token) nor be masked as INTERNAL_SERVER_ERROR (the operator must act). The
 * error table (portal-error-map.ts, method `oauth.token`) says FORBIDDEN and the message; other
 * refusals are FORBIDDEN too, and PORTAL_UNAVAILABLE when the token endpoint or the token store
 * could not be reached. This layer adds `reason: APP_TOKEN_REFRESH_FAILED`, `retryAfterSeconds`
 * (when AppTokens will try again: it backs off after a failure and fails callers fast meanwhile) and
 * one redacted log line per refresh attempt, never one per request.
 */
import { findPortalErrorRule } from '../backends/bitrix24/errors/classify-portal-error.js';
import { facadeError, type FacadeGraphQLError } from '../graphql-errors/facade-errors.js';
import type { PortalCredential } from '../backends/bitrix24/credential.js';
import { PortalError } from '../backends/bitrix24/portal-error.js';
import { AppTokenBackoffError } from '../backends/bitrix24/traffic/app-tokens.js';
import type {
  CallOptions,
  PortalCaller,
  PortalDownload,
  PortalResponse,
} from '../backends/bitrix24/portal-caller.js';
import type { Logger } from '../observability/logger.js';

/** What the server needs of the engine's AppTokens (src/backends/bitrix24/traffic/app-tokens.ts). */
export interface AppCredentialSource {
  /** The current application credential (refreshing first when there is none yet). */
  credential(): Promise<PortalCredential>;
}

export const APP_TOKEN_REFRESH_FAILED = 'APP_TOKEN_REFRESH_FAILED';

/** The pseudo-method AppTokens puts on errors from the token endpoint. */
const TOKEN_METHOD = 'oauth.token';

export function isAppTokenRefreshFailure(error: unknown): error is PortalError {
  return error instanceof PortalError && error.method === TOKEN_METHOD;
}

/**
 * Converts token-endpoint failures to the typed GraphQL error and logs each one once (concurrent
 * callers share one single-flight refresh, hence one error object). Anything else passes through.
 */
export class AppTokenFailures {
  private readonly logged = new WeakSet<PortalError>();

  constructor(private readonly logger: Logger) {}

  translate(error: unknown): unknown {
    if (!isAppTokenRefreshFailure(error)) return error;
    const backoff = error instanceof AppTokenBackoffError ? error : undefined;
    // A caller failed fast during the backoff made no attempt: the attempt was logged already.
    const attempted = backoff === undefined || backoff.attempt !== undefined;
    if (attempted && !this.logged.has(error)) {
      this.logged.add(error);
      // PortalError texts are already scrubbed of the client secret and tokens (AppTokens passes them).
      this.logger.error('application token refresh failed', {
        code: error.code,
        httpStatus: error.httpStatus,
        transport: error.transport,
        hint: hintFor(error),
        ...(backoff === undefined
          ? {}
          : { attempt: backoff.attempt, nextAttemptInSeconds: backoff.retryAfterSeconds }),
      });
    }
    return refreshFailedError(error, backoff?.retryAfterSeconds);
  }

  /** A PortalCaller whose token-endpoint failures arrive already translated. */
  wrap(inner: PortalCaller): PortalCaller {
    const translate = (error: unknown): never => {
      throw this.translate(error);
    };
    return {
      call<T>(
        method: string,
        params: Record<string, unknown>,
        credential: PortalCredential,
        options?: CallOptions,
      ): Promise<PortalResponse<T>> {
        return inner.call<T>(method, params, credential, options).catch(translate);
      },
      download(
        method: string,
        params: Record<string, unknown>,
        credential: PortalCredential,
      ): Promise<PortalDownload> {
        return inner.download(method, params, credential).catch(translate);
      },
    };
  }
}

function hintFor(error: PortalError): string {
  if (error.code.startsWith('TOKEN_STORE_'))
    return 'the application token store (REDIS_URL or BITRIX24_APP_TOKEN_FILE) could not be used';
  if (error.transport) return 'the token endpoint (BITRIX24_OAUTH_URL) could not be reached';
  return 'check BITRIX24_APP_CLIENT_ID, BITRIX24_APP_CLIENT_SECRET and BITRIX24_APP_REFRESH_TOKEN (or the stored token)';
}

const REFUSED =
  "The authorization server refused to refresh the application's own token; the server's operator must renew its application credentials.";

function refreshFailedError(error: PortalError, retryAfterSeconds: number | undefined): FacadeGraphQLError {
  const retry = retryAfterSeconds === undefined ? {} : { retryAfterSeconds };
  if (error.transport) {
    return facadeError(
      'PORTAL_UNAVAILABLE',
      "The server could not reach the authorization server to refresh the application's token; retry later.",
      { reason: APP_TOKEN_REFRESH_FAILED, ...retry },
    );
  }
  // The table decides invalid_grant / invalid_client; any other refusal is the operator's to fix too.
  const row = findPortalErrorRule(error)?.outcome;
  const said = row?.kind === 'graphql' && row.message !== undefined ? row : undefined;
  return facadeError(said?.code ?? 'FORBIDDEN', said?.message ?? REFUSED, {
    reason: APP_TOKEN_REFRESH_FAILED,
    ...retry,
    portal: { method: TOKEN_METHOD, code: error.code, httpStatus: error.httpStatus },
  });
}
