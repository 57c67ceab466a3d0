/**
 * A failed application-token refresh backs off (1 s doubling to 5 min, jittered, single-flight): the
 * requests that arrive meanwhile fail at once with the same typed error plus retryAfterSeconds, the
 * token endpoint sees one attempt, and the log has one line per attempt. The backoff's clock is
 * injected: the test moves it, it never waits.
 */
import { addFault, devAccessToken } from '../../support/emulator.js';
import { postGraphQL } from '../server/facade-harness.js';
import {
  expireTokensIssuedSince,
  issuedTokens,
  startAppHarness,
  type AppHarness,
} from './app-token-harness.js';

const CALLER = { authorization: `Bearer ${devAccessToken(2)}` };
const STATUS = `{ connectorStatus(connector: "any_shop", line: 1) { configured } }`;
const N = 8;
let now = 1_700_000_000_000;
/** 1: the full delay (no jitter), so the figures below are exact. */
const clock = { now: () => now, random: () => 1 };

const failedLines = (h: AppHarness) =>
  h.logLines
    .filter((l) => l.includes('application token refresh failed'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

async function burst(h: AppHarness, n: number) {
  const replies = [];
  for (let i = 0; i < n; i++) replies.push(await postGraphQL(h.facade, STATUS, CALLER));
  return replies.map((r) => r.body.errors?.[0]?.extensions);
}

describe('a refused refresh (unknown refresh token)', () => {
  let h: AppHarness;
  beforeAll(async () => {
    h = await startAppHarness({ refreshToken: 'bogus-refresh-token-0123456789abcdef', appTokenClock: clock });
  });
  afterAll(async () => {
    await h.close();
  });

  it('N requests during the backoff make one attempt and one log line; the next attempt waits twice as long', async () => {
    const before = h.emulator.httpRequests();
    const errors = await burst(h, N);
    // Only the first request reached the token endpoint (no portal call is made without the token).
    expect(h.emulator.httpRequests() - before).toBe(1);
    for (const extensions of errors) {
      expect(extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'APP_TOKEN_REFRESH_FAILED',
        retryAfterSeconds: 1,
        portal: { method: 'oauth.token', code: 'invalid_grant' },
      });
    }
    expect(failedLines(h)).toEqual([
      expect.objectContaining({ level: 'error', code: 'invalid_grant', attempt: 1, nextAttemptInSeconds: 1 }),
    ]);

    now += 1_000; // the backoff is over: the next request makes attempt 2, which backs off 2 s
    const second = await burst(h, N);
    expect(h.emulator.httpRequests() - before).toBe(2);
    expect(second.every((e) => e?.retryAfterSeconds === 2)).toBe(true);
    expect(failedLines(h)).toHaveLength(2);
    expect(failedLines(h)[1]).toMatchObject({ attempt: 2, nextAttemptInSeconds: 2 });

    now += 1_500; // still backing off: no attempt, retryAfterSeconds counts down
    expect((await burst(h, 1))[0]).toMatchObject({ retryAfterSeconds: 1 });
    expect(h.emulator.httpRequests() - before).toBe(2);
  });

  it('the backoff is capped at 5 minutes', async () => {
    for (let i = 0; i < 12; i++) {
      now += 10 * 60_000;
      await burst(h, 1);
    }
    expect(failedLines(h).at(-1)).toMatchObject({ nextAttemptInSeconds: 300 });
  });
});

describe('an unreachable token endpoint (5xx), then a success', () => {
  let h: AppHarness;
  beforeAll(async () => {
    h = await startAppHarness({ appTokenClock: clock });
  });
  afterAll(async () => {
    await h.close();
  });

  it('fails fast as PORTAL_UNAVAILABLE while backing off, and a success resets the backoff', async () => {
    const seeded = issuedTokens(h.emulator);
    await addFault(h.emulator, { kind: 'http5xx', status: 503, count: 1, methods: ['oauth.token'] });
    const before = h.emulator.httpRequests();
    const errors = await burst(h, N);
    expect(h.emulator.httpRequests() - before).toBe(1);
    for (const extensions of errors) {
      expect(extensions).toMatchObject({
        code: 'PORTAL_UNAVAILABLE',
        reason: 'APP_TOKEN_REFRESH_FAILED',
        retryAfterSeconds: 1,
      });
    }
    expect(failedLines(h)).toHaveLength(1);

    now += 1_000;
    const ok = await postGraphQL(h.facade, STATUS, CALLER);
    expect(ok.body.errors).toBeUndefined();
    expect(failedLines(h)).toHaveLength(1);

    // The next failure starts again at 1 s (not 2 s): the success reset the backoff.
    expect(expireTokensIssuedSince(h.emulator, seeded)).toBe(1);
    await addFault(h.emulator, { kind: 'http5xx', status: 503, count: 1, methods: ['oauth.token'] });
    expect((await burst(h, 1))[0]).toMatchObject({ code: 'PORTAL_UNAVAILABLE', retryAfterSeconds: 1 });
    expect(failedLines(h)[1]).toMatchObject({ attempt: 1 });
  });
});
