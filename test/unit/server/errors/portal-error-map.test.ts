import 'reflect-metadata';
import { PortalError } from '../../../../src/backends/bitrix24/portal-error.js';
import {
  classifyPortalError,
  findPortalErrorRule,
} from '../../../../src/backends/bitrix24/errors/classify-portal-error.js';
import {
  PORTAL_ERROR_RULES,
  type PortalErrorRule,
} from '../../../../src/backends/bitrix24/errors/portal-error-map.js';
import {
  createUserError,
  ValidationFailed,
  FACADE_ERROR_CODES,
  UserErrorCode,
} from '../../../../src/graphql-errors/index.js';

/** A description that satisfies a rule's pattern (rules are anchored on the documented text). */
function sampleDescription(rule: PortalErrorRule): string {
  if (rule.description === undefined) return 'some text';
  const source = rule.description.source.replace(/^\^/, '').replace(/\$$/, '');
  return source === 'not found' ? 'Attach with entityId 7 not found' : source.replace(/\\/g, '');
}

function sampleMethod(rule: PortalErrorRule): string {
  const first = rule.methods?.[0];
  if (first === undefined) return 'some.method';
  return first.endsWith('.') ? `${first}Chat.Message.send` : first;
}

function portalError(code: string, method: string, description: string, httpStatus: number | null = 400) {
  return new PortalError({ code, method, description, httpStatus, transport: false, outcomeUnknown: false });
}

describe('the portal error table', () => {
  it('has no two rows for the same (code, method, description)', () => {
    const keys = PORTAL_ERROR_RULES.map(
      (r) => `${r.code}|${(r.methods ?? []).join(',')}|${r.description?.source ?? ''}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('only uses codes from the closed set and the UserErrorCode enum', () => {
    const userCodes = new Set<string>(Object.values(UserErrorCode));
    for (const rule of PORTAL_ERROR_RULES) {
      if (rule.outcome.kind === 'graphql') expect(FACADE_ERROR_CODES).toContain(rule.outcome.code);
      else expect(userCodes.has(rule.outcome.code)).toBe(true);
    }
  });

  it.each(PORTAL_ERROR_RULES.map((rule) => [rule.code, rule.description?.source ?? '', rule] as const))(
    'row %j %j is the one that decides its own example',
    (_code, _description, rule) => {
      const e = portalError(rule.code, sampleMethod(rule), sampleDescription(rule));
      expect(findPortalErrorRule(e)).toBe(rule);
      const outcome = classifyPortalError(e);
      expect(outcome.kind).toBe(rule.outcome.kind);
      expect(outcome.code).toBe(rule.outcome.code);
      if (outcome.kind === 'user') expect(outcome.message.length).toBeGreaterThan(0);
    },
  );

  it('covers every error code the contract documents', () => {
    const documented = [
      // docs/bitrix24-contract.md §3
      'INTERNAL_SERVER_ERROR',
      'ERROR_UNEXPECTED_ANSWER',
      'QUERY_LIMIT_EXCEEDED',
      'ERROR_BATCH_METHOD_NOT_ALLOWED',
      'ERROR_BATCH_LENGTH_EXCEEDED',
      'NO_AUTH_FOUND',
      'INVALID_REQUEST',
      'OVERLOAD_LIMIT',
      'ACCESS_DENIED',
      'INVALID_CREDENTIALS',
      'ERROR_MANIFEST_IS_NOT_AVAILABLE',
      'insufficient_scope',
      'expired_token',
      'user_access_error',
      'PORTAL_DELETED',
      'OPERATION_TIME_LIMIT',
      // docs/bitrix24-contract.md §1
      'WRONG_AUTH_TYPE',
      'invalid_request',
      'invalid_client',
      'invalid_scope',
      'invalid_grant',
      'PAYMENT_REQUIRED',
      'BOT_TOKEN_NOT_SPECIFIED',
      'CLIENT_ID_NOT_SPECIFIED',
      'BOT_TOKEN_INVALID_LENGTH',
      'BOT_OWNERSHIP_ERROR',
      'BOT_NOT_FOUND',
      'BOT_TOKEN_ROTATION_FAILED',
      // docs/bitrix24-contract.md §6
      'ATTACH_NOT_FOUND',
      'ATTACH_READ_ACCESS_DENIED',
      '400',
      '403',
      '',
      // docs/bitrix24-contract.md §7
      'BOT_ID_REQUIRED',
      'BOT_CODE_REQUIRED',
      'BOT_PROPERTIES_REQUIRED',
      'BOT_CODE_ALREADY_TAKEN',
      'BOT_INVALID_TYPE',
      'BOT_INVALID_EVENT_MODE',
      'BOT_WEBHOOK_URL_REQUIRED',
      'BOT_REGISTER_FAILED',
      'BOT_INVALID_CALLBACK',
      'BOT_LIMIT_EXCEEDED',
      'BOT_AVATAR_INCORRECT_TYPE',
      'BOT_AVATAR_INCORRECT_SIZE',
      'PARAMS_REQUIRED',
      'BOT_UNREGISTER_FAILED',
      'EMPTY_MESSAGE',
      'ATTACH_ERROR',
      'ATTACH_OVERSIZE',
      'SENDING_FAILED',
      'MESSAGE_NOT_FOUND',
      'BOT_TYPE_NOT_ALLOWED',
      'MESSAGE_ACCESS_DENIED',
      'REACTION_NOT_FOUND',
      'REACTION_ALREADY_SET',
      'SCOPE_ERROR',
      'AUTH_ERROR',
      'USER_NOT_SUBSCRIBED',
      // docs/bitrix24-contract.md §8
      'ERROR_ARGUMENT',
      'NOT_ACTIVE_LINE',
      'IMCONNECTOR_NO_CORRECT_PROVIDER',
      'IMCONNECTOR_NOT_SPECIFIED_CORRECT_COMMAND',
      'IMCONNECTOR_COULD_NOT_GET_PROVIDER_OBJECT',
      'IMCONNECTOR_NOT_SPECIFIED_CORRECT_CONNECTOR',
      'PROVIDER_UNSUPPORTED_TYPE_INCOMING_MESSAGE',
      'IMCONNECTOR_NOT_ALL_THE_REQUIRED_DATA',
      'CONNECTOR_PROXY_NO_ADD_USER',
      'CONNECTOR_PROXY_NO_USER_IM',
      '100',
      'APPLICATION_REGISTRATION_ERROR_POINT',
      'CONNECTOR_ID_REQUIRED',
      'NAME_REQUIRED',
      'ICON_REQUIRED',
      'NO_APPLICATION_ID',
      'NO_PLACEMENT_HANDLER',
      'APPLICATION_REGISTRATION_ERROR',
      'GENERAL_CONNECTOR_REGISTRATION_ERROR',
      // docs/bitrix24-contract.md §9
      'DIALOG_ID_EMPTY',
      'ACCESS_ERROR',
    ];
    const inTable = new Set(PORTAL_ERROR_RULES.map((r) => r.code));
    expect(documented.filter((code) => !inTable.has(code))).toEqual([]);
  });
});

describe('classifyPortalError special cases', () => {
  const cases: Array<[string, string, string, number | null, string, string]> = [
    [
      '"403" poll inactive',
      '403',
      'The poll is inactive.',
      403,
      'vote.AttachedVote.vote',
      'user:POLL_CLOSED',
    ],
    [
      '"400" failed vote',
      '400',
      'Failed to save the voting',
      400,
      'vote.AttachedVote.vote',
      'user:VOTE_REJECTED',
    ],
    [
      '"400" localised vote text',
      '400',
      'Stimme nicht gespeichert',
      400,
      'vote.AttachedVote.recall',
      'user:VOTE_REJECTED',
    ],
    [
      '"400" Access denied on send',
      '400',
      'Access denied',
      400,
      'vote.Integration.Im.send',
      'user:CHAT_NOT_FOUND',
    ],
    [
      '"400" too many answers',
      '400',
      'Maximum number of answers: 10',
      400,
      'vote.Integration.Im.send',
      'user:VALIDATION_FAILED',
    ],
    [
      '"403" survey unavailable',
      '403',
      'Creating a survey is not available',
      403,
      'vote.Integration.Im.send',
      'graphql:FORBIDDEN',
    ],
    [
      '"403" insufficient rights',
      '403',
      'Insufficient rights to create a survey',
      403,
      'vote.Integration.Im.send',
      'user:PERMISSION_DENIED',
    ],
    [
      '"" not found',
      '',
      'Attach with entityId 12 not found',
      400,
      'vote.AttachedVote.getMany',
      'user:POLL_NOT_FOUND',
    ],
    [
      '"" access denied',
      '',
      'Attach with entityId 12 read access denied',
      400,
      'vote.AttachedVote.getMany',
      'user:PERMISSION_DENIED',
    ],
    [
      '"" too many ids',
      '',
      'Too many entity ids',
      400,
      'vote.AttachedVote.getMany',
      'graphql:INTERNAL_SERVER_ERROR',
    ],
    [
      'ACCESS_DENIED from imbot',
      'ACCESS_DENIED',
      'Access denied',
      403,
      'imbot.v2.Chat.Message.send',
      'user:PERMISSION_DENIED',
    ],
    [
      'ACCESS_DENIED system',
      'ACCESS_DENIED',
      'REST API is available only on commercial plans',
      403,
      'im.recent.list',
      'graphql:FORBIDDEN',
    ],
    [
      'INVALID_CREDENTIALS as 401',
      'INVALID_CREDENTIALS',
      'Invalid request credentials',
      401,
      'im.chat.get',
      'graphql:FORBIDDEN',
    ],
    [
      'app token refresh: invalid_grant',
      'invalid_grant',
      'Invalid refresh token',
      400,
      'oauth.token',
      'graphql:FORBIDDEN',
    ],
    [
      'app token refresh: invalid_client',
      'invalid_client',
      'Invalid client data',
      401,
      'oauth.token',
      'graphql:FORBIDDEN',
    ],
    [
      'invalid_grant elsewhere',
      'invalid_grant',
      'Invalid code',
      400,
      'some.method',
      'graphql:UNAUTHENTICATED',
    ],
    [
      'invalid_client elsewhere',
      'invalid_client',
      'Invalid client data',
      401,
      'some.method',
      'graphql:INTERNAL_SERVER_ERROR',
    ],
    [
      'ATTACH_ERROR on send',
      'ATTACH_ERROR',
      'Incorrect attachment structure',
      400,
      'imbot.v2.Chat.Message.send',
      'user:VALIDATION_FAILED',
    ],
    [
      'ATTACH_OVERSIZE on update',
      'ATTACH_OVERSIZE',
      'Attachment exceeds the maximum size',
      400,
      'imbot.v2.Chat.Message.update',
      'user:VALIDATION_FAILED',
    ],
    ['lower-cased code', 'EXPIRED_TOKEN', 'expired', 401, 'im.recent.list', 'graphql:UNAUTHENTICATED'],
    ['unknown 401', 'SOMETHING_NEW', '', 401, 'im.recent.list', 'graphql:UNAUTHENTICATED'],
    ['unknown 429', 'SOMETHING_NEW', '', 429, 'im.recent.list', 'graphql:RATE_LIMITED'],
    ['unknown 502', 'SOMETHING_NEW', '', 502, 'im.recent.list', 'graphql:PORTAL_UNAVAILABLE'],
    ['unknown 400', 'SOMETHING_NEW', '', 400, 'im.recent.list', 'graphql:INTERNAL_SERVER_ERROR'],
  ];
  it.each(cases)('%s', (_name, code, description, status, method, expected) => {
    const outcome = classifyPortalError(portalError(code, method, description, status));
    expect(`${outcome.kind}:${outcome.code}`).toBe(expected);
  });

  it('the app token rows tell the operator what to do, and the attach rows make a ValidationFailed', () => {
    for (const code of ['invalid_grant', 'invalid_client']) {
      const row = findPortalErrorRule(portalError(code, 'oauth.token', 'refused'));
      expect(row?.outcome).toMatchObject({ kind: 'graphql', code: 'FORBIDDEN' });
      expect(row?.outcome.message).toMatch(/operator must renew its application credentials/);
    }
    for (const code of ['ATTACH_ERROR', 'ATTACH_OVERSIZE']) {
      const outcome = classifyPortalError(portalError(code, 'imbot.v2.Chat.Message.send', 'x'));
      expect(outcome.kind).toBe('user');
      const error = createUserError(outcome.code as UserErrorCode, 'm', 'input.attach');
      expect(error).toBeInstanceOf(ValidationFailed);
      expect(error).toMatchObject({ field: 'input.attach', message: 'm' });
    }
  });

  it('rate limits carry retryAfterSeconds', () => {
    expect(
      classifyPortalError(portalError('QUERY_LIMIT_EXCEEDED', 'batch', 'Too many requests', 503)),
    ).toEqual({
      kind: 'graphql',
      code: 'RATE_LIMITED',
      retryAfterSeconds: 1,
    });
    expect(classifyPortalError(portalError('OPERATION_TIME_LIMIT', 'batch', '', 429))).toMatchObject({
      retryAfterSeconds: 60,
    });
  });

  it('a lost answer is OUTCOME_UNKNOWN for a write and PORTAL_UNAVAILABLE for a read', () => {
    const lost = (method: string) =>
      new PortalError({
        code: 'TIMEOUT',
        method,
        description: 'timed out',
        httpStatus: null,
        transport: true,
        outcomeUnknown: true,
      });
    expect(classifyPortalError(lost('imbot.v2.Chat.Message.send')).code).toBe('OUTCOME_UNKNOWN');
    expect(classifyPortalError(lost('vote.AttachedVote.vote')).code).toBe('OUTCOME_UNKNOWN');
    expect(classifyPortalError(lost('vote.AttachedVote.getMany')).code).toBe('PORTAL_UNAVAILABLE');
    expect(classifyPortalError(lost('im.recent.list')).code).toBe('PORTAL_UNAVAILABLE');
    expect(classifyPortalError(lost('user.current')).code).toBe('PORTAL_UNAVAILABLE');
    expect(classifyPortalError(lost('batch')).code).toBe('PORTAL_UNAVAILABLE');
    const refused = new PortalError({
      code: 'CONNECTION_REFUSED',
      method: 'imbot.v2.Chat.Message.send',
      description: '',
      httpStatus: null,
      transport: true,
      outcomeUnknown: false,
    });
    expect(classifyPortalError(refused).code).toBe('PORTAL_UNAVAILABLE');
  });

  it('a refused redirect (the client makes it, with no portal envelope) is PORTAL_UNAVAILABLE', () => {
    const refused = new PortalError({
      code: 'UNSAFE_REDIRECT',
      method: 'imbot.v2.Chat.Message.send',
      description:
        'The portal redirected to host elsewhere.example.com, which is not on the list of portal hosts',
      httpStatus: 302,
      transport: true,
      outcomeUnknown: false,
    });
    expect(findPortalErrorRule(refused)?.outcome).toEqual({ kind: 'graphql', code: 'PORTAL_UNAVAILABLE' });
    expect(classifyPortalError(refused)).toEqual({ kind: 'graphql', code: 'PORTAL_UNAVAILABLE' });
  });
});
