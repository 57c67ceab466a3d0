/** How the engine's own errors and an expired user token reach GraphQL clients. */
import { backendGraphQLError } from '../../../src/graphql-errors/facade-errors.js';
import { PortalError } from '../../../src/backends/bitrix24/portal-error.js';
import {
  RateLimitedError,
  outcomeUnknownError,
} from '../../../src/backends/bitrix24/traffic/traffic-errors.js';

describe('traffic errors in GraphQL', () => {
  it('RATE_LIMITED keeps the pacer retryAfterSeconds', () => {
    const e = backendGraphQLError(
      new RateLimitedError('vote.AttachedVote.get', 7000, 'WAIT_TOO_LONG', 'wait'),
    );
    expect(e.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 7 });
  });

  it('OUTCOME_UNKNOWN is its own code, never a plain failure', () => {
    const cause = new PortalError({
      code: 'CONNECTION_RESET',
      httpStatus: null,
      method: 'imbot.v2.Chat.Message.send',
      description: 'closed',
      transport: true,
      outcomeUnknown: true,
    });
    expect(backendGraphQLError(outcomeUnknownError(cause)).extensions.code).toBe('OUTCOME_UNKNOWN');
  });

  it("a user's expired token → UNAUTHENTICATED with reason TOKEN_EXPIRED; other auth failures have no reason", () => {
    const expired = new PortalError({
      code: 'expired_token',
      httpStatus: 401,
      method: 'vote.AttachedVote.get',
      description: 'The access token provided has expired',
      transport: false,
      outcomeUnknown: false,
    });
    expect(backendGraphQLError(expired).extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_EXPIRED',
    });
    const invalid = new PortalError({ ...expired, code: 'NO_AUTH_FOUND', description: '' });
    expect(backendGraphQLError(invalid).extensions.code).toBe('UNAUTHENTICATED');
    expect(backendGraphQLError(invalid).extensions.reason).toBeUndefined();
  });
});
