import { parseAnswer, parseTime } from '../../../src/backends/bitrix24/envelope.js';
import { PortalError } from '../../../src/backends/bitrix24/portal-error.js';
import { fixture } from './fixtures.js';

const parse = (status: number, body: string, secrets: string[] = []) =>
  parseAnswer({ method: 'vote.AttachedVote.get', status, body, secrets });

function failure(status: number, body: string, secrets: string[] = []): PortalError {
  try {
    parse(status, body, secrets);
  } catch (e) {
    if (e instanceof PortalError) return e;
    throw e;
  }
  throw new Error('expected a PortalError');
}

describe('success envelopes', () => {
  it('keeps result, total, and parses the time block leniently', () => {
    const body = JSON.stringify(fixture('vote.attachedvote.getAnswerVoted.success'));
    const response = parse(200, body);
    expect(response.total).toBe(1);
    expect(response.next).toBeUndefined();
    expect(response.time).toEqual({
      start: 1755076703.233388,
      finish: 1755076703.264925,
      duration: 0.03153705596923828,
      processing: 0.029319047927856445,
      dateStart: '2025-08-13T12:18:23+02:00',
      dateFinish: '2025-08-13T12:18:23+02:00',
      operatingResetAt: 1755077303,
      operating: 0,
    });
  });

  it('integer start/finish, missing fields and numeric strings', () => {
    expect(parseTime({ start: 1772028217, finish: '1772028217.5' })).toEqual({
      start: 1772028217,
      finish: 1772028217.5,
    });
    expect(parseTime(undefined)).toBeUndefined();
    expect(parseTime([])).toBeUndefined();
    expect(parseTime({ start: 'soon' })).toEqual({});
  });

  it('result null, [] and false are results, not errors', () => {
    expect(parse(200, '{"result":null}').result).toBeNull();
    expect(parse(200, '{"result":[]}').result).toEqual([]);
    expect(parse(200, '{"result":false}').result).toBe(false);
    expect(parse(200, '{"result":{"ID":1437},"total":-1}').total).toBe(-1);
  });
});

describe('error envelopes', () => {
  it.each([
    ['vote.integration.im.send.error', 400, '400', 'Access denied'],
    ['vote.attachedvote.vote.error', 403, '403', 'The poll is inactive.'],
    ['vote.attachedvote.getMany.error', 400, '', 'Too many entity ids'],
    ['vote.attachedvote.get.error', 400, 'ATTACH_NOT_FOUND', 'Attach not found'],
    [
      'imconnector-register.error',
      403,
      'WRONG_AUTH_TYPE',
      expect.stringContaining('Application context required'),
    ],
    ['chat-message-send.error', 400, 'EMPTY_MESSAGE', 'Message is empty'],
  ])('%s keeps the code exactly', (name, status, code, description) => {
    const e = failure(status, JSON.stringify(fixture(name)));
    expect(e).toMatchObject({
      code,
      description,
      httpStatus: status,
      transport: false,
      outcomeUnknown: false,
    });
    expect(e.method).toBe('vote.AttachedVote.get');
  });

  it('lower-case codes and an error envelope inside a 200', () => {
    expect(
      failure(401, '{"error":"expired_token","error_description":"The access token provided has expired"}')
        .code,
    ).toBe('expired_token');
    expect(failure(200, '{"error":"QUERY_LIMIT_EXCEEDED"}')).toMatchObject({
      code: 'QUERY_LIMIT_EXCEEDED',
      description: '',
    });
  });

  it('5xx: a refusal (rate limit) did not run; a server fault may have', () => {
    expect(
      failure(503, '{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}').outcomeUnknown,
    ).toBe(false);
    expect(
      failure(500, '{"error":"INTERNAL_SERVER_ERROR","error_description":"Internal server error"}')
        .outcomeUnknown,
    ).toBe(true);
  });

  it('JSON without an error on a non-2xx status → HTTP_<status>', () => {
    expect(failure(502, '{"message":"bad gateway"}')).toMatchObject({
      code: 'HTTP_502',
      outcomeUnknown: true,
    });
    expect(failure(404, '[]')).toMatchObject({ code: 'HTTP_404', outcomeUnknown: false });
  });

  it('HTML pages → BAD_RESPONSE with a short tag-stripped excerpt', () => {
    const html = `<html><head><style>body{color:red}</style></head><body><h1>502 Bad Gateway</h1><p>nginx</p>${'x'.repeat(500)}</body></html>`;
    const e = failure(502, html);
    expect(e).toMatchObject({ code: 'BAD_RESPONSE', httpStatus: 502, transport: true, outcomeUnknown: true });
    expect(e.description.startsWith('502 Bad Gateway nginx')).toBe(true);
    expect(e.description).not.toMatch(/[<>]|color:red/);
    expect(e.description.length).toBeLessThanOrEqual(201);
    expect(failure(200, '<html>maintenance</html>').outcomeUnknown).toBe(true);
    expect(failure(403, '<html>forbidden</html>').outcomeUnknown).toBe(false);
  });

  it('empty bodies', () => {
    expect(failure(200, '')).toMatchObject({ code: 'BAD_RESPONSE', outcomeUnknown: true });
    expect(failure(503, '  ')).toMatchObject({ code: 'HTTP_503', outcomeUnknown: true });
    expect(failure(400, '')).toMatchObject({ code: 'HTTP_400', outcomeUnknown: false });
  });

  it('a 200 JSON body without result is not a success', () => {
    expect(failure(200, '{"attach":{}}')).toMatchObject({ code: 'BAD_RESPONSE' });
  });
});

describe('redaction', () => {
  it('no webhook code or token in message, description or JSON', () => {
    const body =
      '<html>Error at https://p.example.com/rest/1/whsecretcode42/vote.get?auth=abcdef123456&x=1 for token tok-SECRET-999</html>';
    const e = failure(500, body, ['tok-SECRET-999']);
    for (const text of [e.message, e.description, JSON.stringify(e), String(e)]) {
      expect(text).not.toContain('whsecretcode42');
      expect(text).not.toContain('abcdef123456');
      expect(text).not.toContain('tok-SECRET-999');
    }
    expect(e.description).toContain('/rest/1/***');
  });

  it('scrubs the known token from a portal error_description', () => {
    const e = failure(401, '{"error":"NO_AUTH_FOUND","error_description":"Wrong token tok-SECRET-999"}', [
      'tok-SECRET-999',
    ]);
    expect(e.description).toBe('Wrong token ***');
    expect(JSON.stringify(e)).not.toContain('tok-SECRET-999');
  });
});
