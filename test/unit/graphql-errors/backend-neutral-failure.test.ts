/**
 * The error layer reads only the backend-neutral BackendFailure: a failure of any backend with an
 * upstream descriptor, a reason or a refinement gets the same treatment as a Bitrix24 one, and
 * formatError scrubs every string it puts in extensions (here a secret echoed in the upstream code).
 */
import 'reflect-metadata';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { BackendFailure, TOKEN_EXPIRED } from '../../../src/outcomes/backend-failure.js';
import { UserErrorCode } from '../../../src/outcomes/user-error-code.js';
import { PortalError } from '../../../src/backends/bitrix24/portal-error.js';
import {
  backendGraphQLError,
  createFormatError,
  failureToUserError,
  FacadeGraphQLError,
  NotFound,
  PollClosed,
  ValidationFailed,
} from '../../../src/graphql-errors/index.js';

const SECRET = 'n3utr4lsecretvalue';
const upstream = { backend: 'other', method: 'polls.vote', code: 'CLOSED', httpStatus: 409 };

describe('a backend-neutral failure', () => {
  it('carries its upstream descriptor into extensions.portal (without the backend name)', () => {
    const failure = new BackendFailure({ kind: 'facade', code: 'FORBIDDEN' }, '', undefined, { upstream });
    expect(backendGraphQLError(failure).extensions).toEqual({
      code: 'FORBIDDEN',
      portal: { method: 'polls.vote', code: 'CLOSED', httpStatus: 409 },
    });
  });

  it('puts the outcome reason on UNAUTHENTICATED, as a Bitrix24 expired token does', () => {
    const neutral = new BackendFailure(
      { kind: 'facade', code: 'UNAUTHENTICATED', reason: TOKEN_EXPIRED },
      '',
    );
    const portal = new PortalError({
      code: 'expired_token',
      httpStatus: 401,
      method: 'im.chat.get',
      description: 'The access token provided has expired.',
      transport: false,
      outcomeUnknown: false,
    });
    expect(backendGraphQLError(neutral).extensions.reason).toBe(TOKEN_EXPIRED);
    expect(backendGraphQLError(portal).extensions.reason).toBe(TOKEN_EXPIRED);
    expect(portal).toBeInstanceOf(BackendFailure);
    expect(portal.upstream).toEqual({
      backend: 'bitrix24',
      method: 'im.chat.get',
      code: 'expired_token',
      httpStatus: 401,
    });
  });

  it('says outcome unknown for OUTCOME_UNKNOWN unless told otherwise', () => {
    expect(new BackendFailure({ kind: 'facade', code: 'OUTCOME_UNKNOWN' }, '').outcomeUnknown).toBe(true);
    expect(new BackendFailure({ kind: 'facade', code: 'PORTAL_UNAVAILABLE' }, '').outcomeUnknown).toBe(false);
  });
});

describe('failureToUserError: one path, its variations as options', () => {
  const closed = new BackendFailure({ kind: 'user', code: UserErrorCode.POLL_CLOSED }, '', 'CLOSED', {
    upstream,
  });

  it('builds the shared UserError type, with the backend text or the default one', () => {
    expect(failureToUserError(closed)).toBeInstanceOf(PollClosed);
    const said = new BackendFailure({ kind: 'user', code: UserErrorCode.NOT_FOUND }, 'Gone since Tuesday.');
    expect(failureToUserError(said)).toEqual(new NotFound('Gone since Tuesday.'));
  });

  it('names options.field, or the field the backend named, on ValidationFailed', () => {
    const bad = new BackendFailure({ kind: 'user', code: UserErrorCode.VALIDATION_FAILED }, 'No.');
    expect((failureToUserError(bad, { field: 'input.ref' }) as ValidationFailed).field).toBe('input.ref');
    const named = new BackendFailure(
      { kind: 'user', code: UserErrorCode.VALIDATION_FAILED, field: 'optionIds' },
      'No.',
    );
    expect((failureToUserError(named, { field: 'input.ref' }) as ValidationFailed).field).toBe(
      'input.optionIds',
    );
  });

  it('raises an outcome outside `allowed` as its GraphQL error, with the upstream descriptor', () => {
    let thrown: unknown;
    try {
      failureToUserError(closed, { allowed: [UserErrorCode.NOT_FOUND] });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FacadeGraphQLError);
    expect((thrown as FacadeGraphQLError).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'POLL_CLOSED',
      portal: { method: 'polls.vote' },
    });
  });

  it('lets a feature refine the type from the neutral failure', () => {
    const refined = failureToUserError(closed, {
      refine: (failure, outcome) =>
        failure.upstream?.code === 'CLOSED' ? new NotFound(`refined ${outcome.code}`) : undefined,
    });
    expect(refined).toEqual(new NotFound('refined POLL_CLOSED'));
  });

  it('raises infrastructure outcomes and re-throws what is not a backend failure', () => {
    const down = new BackendFailure({ kind: 'facade', code: 'PORTAL_UNAVAILABLE' }, '');
    expect(() => failureToUserError(down)).toThrow(FacadeGraphQLError);
    const bug = new TypeError('bug');
    expect(() => failureToUserError(bug)).toThrow(bug);
  });
});

describe('formatError on a neutral failure', () => {
  it('converts it and scrubs every string of extensions', () => {
    const leaky = new BackendFailure({ kind: 'facade', code: 'FORBIDDEN' }, '', undefined, {
      upstream: { backend: 'other', method: `m?auth=${SECRET}`, code: `E_${SECRET}`, httpStatus: 403 },
    });
    const wrapped = new GraphQLError('x', { originalError: leaky });
    const format = createFormatError({ secrets: [SECRET] });
    const out = format({ message: 'x' } as GraphQLFormattedError, wrapped);
    expect(out.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(out)).not.toContain(SECRET);
  });
});
