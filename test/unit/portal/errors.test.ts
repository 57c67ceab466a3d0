import {
  isAuth,
  isForbidden,
  isNotFound,
  isRateLimit,
  isTransient,
} from '../../../src/backends/bitrix24/errors.js';
import { PortalError } from '../../../src/backends/bitrix24/portal-error.js';

const err = (code: string, httpStatus: number | null, transport = false) =>
  new PortalError({ code, httpStatus, method: 'm', description: '', transport, outcomeUnknown: false });

describe('classification', () => {
  it('rate limits: 503 QUERY_LIMIT_EXCEEDED, any 429, OPERATION_TIME_LIMIT', () => {
    expect(isRateLimit(err('QUERY_LIMIT_EXCEEDED', 503))).toBe(true);
    expect(isRateLimit(err('ANYTHING', 429))).toBe(true);
    expect(isRateLimit(err('OPERATION_TIME_LIMIT', 429))).toBe(true);
    expect(isRateLimit(err('INTERNAL_SERVER_ERROR', 500))).toBe(false);
    expect(isRateLimit(new Error('x'))).toBe(false);
  });

  it('auth vs forbidden (INVALID_CREDENTIALS is a permission failure on 401 or 403)', () => {
    expect(isAuth(err('expired_token', 401))).toBe(true);
    expect(isAuth(err('NO_AUTH_FOUND', 401))).toBe(true);
    expect(isForbidden(err('INVALID_CREDENTIALS', 401))).toBe(true);
    expect(isForbidden(err('insufficient_scope', 403))).toBe(true);
    expect(isForbidden(err('403', 403))).toBe(true);
    expect(isAuth(err('insufficient_scope', 403))).toBe(false);
  });

  it('transient: 5xx and transport, but not a deleted portal', () => {
    expect(isTransient(err('INTERNAL_SERVER_ERROR', 500))).toBe(true);
    expect(isTransient(err('TIMEOUT', null, true))).toBe(true);
    expect(isTransient(err('PORTAL_DELETED', 500))).toBe(false);
    expect(isTransient(err('BAD_CREDENTIAL', null, true))).toBe(false);
    expect(isTransient(err('ATTACH_NOT_FOUND', 400))).toBe(false);
  });

  it('not found, including getMany empty-code errors', () => {
    expect(isNotFound(err('ATTACH_NOT_FOUND', 400))).toBe(true);
    const many = new PortalError({
      code: '',
      httpStatus: 400,
      method: 'vote.AttachedVote.getMany',
      description: 'Attach with entityId 9 not found',
      transport: false,
      outcomeUnknown: false,
    });
    expect(isNotFound(many)).toBe(true);
    expect(many.message).toContain('(empty error code)');
  });
});
