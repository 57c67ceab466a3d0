/**
 * The portal error table (backends/bitrix24/errors/portal-error-map.ts) is the one source of truth for what
 * a portal code means; the traffic engine's code lists (backends/bitrix24/errors.ts, used by the
 * retry policy) must say the same. They disagreed on WRONG_AUTH_TYPE (auth there, FORBIDDEN in the
 * table): this test fails on that.
 */
import { AUTH_CODES, FORBIDDEN_CODES } from '../../../src/backends/bitrix24/errors.js';
import { PortalError } from '../../../src/backends/bitrix24/portal-error.js';
import { classifyPortalError } from '../../../src/backends/bitrix24/errors/classify-portal-error.js';

const err = (code: string, httpStatus: number) =>
  new PortalError({
    code,
    httpStatus,
    method: 'im.dialog.get',
    description: '',
    transport: false,
    outcomeUnknown: false,
  });

describe('the retry policy code lists agree with the portal error table', () => {
  it.each([...AUTH_CODES])('%s (an auth failure) is UNAUTHENTICATED in the table', (code) => {
    expect(classifyPortalError(err(code, 401))).toMatchObject({ kind: 'graphql', code: 'UNAUTHENTICATED' });
  });

  it.each([...FORBIDDEN_CODES])('%s (a refusal) is FORBIDDEN or PermissionDenied in the table', (code) => {
    const outcome = classifyPortalError(err(code, 403));
    expect(
      (outcome.kind === 'graphql' && outcome.code === 'FORBIDDEN') ||
        (outcome.kind === 'user' && outcome.code === 'PERMISSION_DENIED'),
    ).toBe(true);
  });
});
