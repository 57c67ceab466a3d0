import 'reflect-metadata';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { PortalError } from '../../../../src/backends/bitrix24/portal-error.js';
import {
  createFormatError,
  facadeError,
  failureToUserError,
  PollClosed,
  UserErrorCode,
} from '../../../../src/graphql-errors/index.js';

const SECRET = 'w3bh00ksecretcode';
const formatted = (error: GraphQLError): GraphQLFormattedError => error.toJSON();

describe('formatError', () => {
  const logged: string[] = [];
  const format = createFormatError({ secrets: [SECRET], onUnexpected: (s) => logged.push(s) });

  it('masks unexpected exceptions and logs them redacted', () => {
    const original = new Error(`boom at https://p.example.com/rest/1/${SECRET}/im.recent.list`);
    const wrapped = new GraphQLError(original.message, { originalError: original, path: ['viewer'] });
    const out = format(formatted(wrapped), wrapped);
    expect(out).toEqual({
      message: 'Internal server error.',
      path: ['viewer'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged.at(-1)).toContain('boom');
    expect(logged.at(-1)).not.toContain(SECRET);
  });

  it('keeps facade errors and strips unlisted extensions such as stack traces', () => {
    const error = facadeError('RATE_LIMITED', 'slow down', { retryAfterSeconds: 3 });
    const input = { ...formatted(error), extensions: { ...error.extensions, stacktrace: ['x'] } };
    expect(format(input, error)).toEqual({
      message: 'slow down',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 3 },
    });
  });

  it('converts an escaped PortalError with extensions.portal and no secret', () => {
    const portalError = new PortalError({
      code: 'QUERY_LIMIT_EXCEEDED',
      httpStatus: 503,
      method: 'im.recent.list',
      description: `Too many requests for /rest/1/${SECRET}/`,
      transport: false,
      outcomeUnknown: false,
    });
    const wrapped = new GraphQLError(portalError.message, { originalError: portalError });
    const out = format(formatted(wrapped), wrapped);
    expect(out.extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 1,
      portal: { method: 'im.recent.list', code: 'QUERY_LIMIT_EXCEEDED', httpStatus: 503 },
    });
    expect(JSON.stringify(out)).not.toContain(SECRET);
  });

  it("keeps Apollo's own codes and maps type-graphql's UNAUTHORIZED to FORBIDDEN", () => {
    const parse = new GraphQLError('Syntax Error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(format(formatted(parse), parse).extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    const authz = new GraphQLError('Access denied!', { extensions: { code: 'UNAUTHORIZED' } });
    expect(format(formatted(authz), authz).extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('redacts secrets from any message that is kept', () => {
    const error = facadeError('BAD_USER_INPUT', `bad ${SECRET} auth=abcdef`);
    const out = format(formatted(error), error);
    expect(out.message).not.toContain(SECRET);
    expect(out.message).not.toContain('abcdef');
  });
});

describe('failureToUserError', () => {
  const portalError = (code: string, description: string, status = 403) =>
    new PortalError({
      code,
      description,
      httpStatus: status,
      method: 'vote.AttachedVote.vote',
      transport: false,
      outcomeUnknown: false,
    });

  it('returns the UserError instance for a business outcome', () => {
    const result = failureToUserError(portalError('403', 'The poll is inactive.'));
    expect(result).toBeInstanceOf(PollClosed);
    expect(result.code).toBe(UserErrorCode.POLL_CLOSED);
  });

  it('throws the GraphQL error for an access failure, and re-throws foreign errors', () => {
    expect(() => failureToUserError(portalError('insufficient_scope', 'scope'))).toThrow(GraphQLError);
    const foreign = new TypeError('x');
    expect(() => failureToUserError(foreign)).toThrow(foreign);
  });
});
