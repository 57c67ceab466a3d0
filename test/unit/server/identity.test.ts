import { HeaderMap } from '@apollo/server';
import { findApiKey, resolveIdentity, type IdentityOptions } from '../../../src/graphql/identity.js';

const WEBHOOK = 'https://example.bitrix24.com/rest/7/s3cr3tc0de/';
const KEY_A = 'a'.repeat(24);
const KEY_B = 'b'.repeat(24);

const headers = (entries: Record<string, string>) => new HeaderMap(Object.entries(entries));
const webhook = (allowAnonymous = false): IdentityOptions => ({
  target: { mode: 'webhook', webhookUrl: WEBHOOK },
  apiKeys: [KEY_A, KEY_B],
  allowAnonymous,
});
const oauth: IdentityOptions = {
  target: { mode: 'oauth', portalUrl: 'https://example.bitrix24.com' },
  apiKeys: [],
  allowAnonymous: false,
};

function codeOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return (e as { extensions?: { code?: unknown } }).extensions?.code;
  }
  return 'no error';
}

describe('findApiKey', () => {
  it('finds the position of a matching key, or -1', () => {
    expect(findApiKey(KEY_B, [KEY_A, KEY_B])).toBe(1);
    expect(findApiKey('a'.repeat(23), [KEY_A, KEY_B])).toBe(-1);
    expect(findApiKey('', [KEY_A])).toBe(-1);
  });
});

describe('resolveIdentity', () => {
  it('passes an OAuth bearer token through as the credential, with a hashed subject', () => {
    const result = resolveIdentity(headers({ authorization: 'Bearer tok.en-1' }), oauth);
    expect(result.kind).toBe('identified');
    if (result.kind !== 'identified') return;
    expect(result.identity.credential).toEqual({
      kind: 'oauth',
      portalUrl: 'https://example.bitrix24.com',
      accessToken: 'tok.en-1',
    });
    expect(result.identity.subject).toMatch(/^token:[0-9a-f]{10}$/);
    expect(result.identity.subject).not.toContain('tok.en-1');
    expect(result.identity.userId).toBeUndefined();
  });

  it('reports a missing token, and refuses a malformed header', () => {
    expect(resolveIdentity(headers({}), oauth).kind).toBe('missing');
    expect(codeOf(() => resolveIdentity(headers({ authorization: 'Basic abc' }), oauth))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(() => resolveIdentity(headers({ authorization: 'Bearer a"b' }), oauth))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('accepts a webhook API key from Authorization or X-Api-Key', () => {
    const viaBearer = resolveIdentity(headers({ authorization: `Bearer ${KEY_B}` }), webhook());
    const viaHeader = resolveIdentity(headers({ 'x-api-key': KEY_A }), webhook());
    expect(viaBearer).toMatchObject({
      kind: 'identified',
      identity: {
        mode: 'webhook',
        subject: 'api-key#2',
        userId: 7,
        credential: { kind: 'webhook', webhookUrl: WEBHOOK },
      },
    });
    expect(viaHeader).toMatchObject({ kind: 'identified', identity: { subject: 'api-key#1' } });
  });

  it('refuses a wrong key even when anonymous access is allowed', () => {
    expect(codeOf(() => resolveIdentity(headers({ 'x-api-key': 'nope' }), webhook(true)))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lets a request without a key through only when anonymous access is allowed', () => {
    expect(resolveIdentity(headers({}), webhook(false)).kind).toBe('missing');
    expect(resolveIdentity(headers({}), webhook(true))).toMatchObject({
      kind: 'identified',
      identity: { subject: 'anonymous', mode: 'webhook' },
    });
  });
});
