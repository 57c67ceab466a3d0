/** TELEGRAM_* and how Telegram's mode follows from them and from the Bitrix24 mode. */
import { ConfigError, loadConfig } from '../../../src/config/config.js';

const WEBHOOK = 'https://example.bitrix24.com/rest/1/s3cr3tc0de/';
const KEY = 'k'.repeat(20);
const REAL_PORTAL = { BITRIX24_WEBHOOK_URL: WEBHOOK, FACADE_API_KEYS: KEY };
const API = { TELEGRAM_API_ID: '123456', TELEGRAM_API_HASH: '0123456789abcdef0123456789abcdef' };

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

test('nothing configured: the embedded Telegram server on a free port', () => {
  expect(loadConfig({}).telegram).toEqual({
    mode: 'emulator',
    emulatorPort: 0,
    timeoutMs: 15_000,
    floodMaxWaitSeconds: 10,
  });
});

test('TELEGRAM_EMULATOR_PORT must fit a teleproto session (below 32768)', () => {
  expect(loadConfig({ TELEGRAM_EMULATOR_PORT: '32767' }).telegram).toMatchObject({ emulatorPort: 32767 });
  expect(problemsOf({ TELEGRAM_EMULATOR_PORT: '40000' })).toEqual([
    'TELEGRAM_EMULATOR_PORT must be a whole number between 0 and 32767',
  ]);
});

test('Bitrix24 configured for real and Telegram not configured: Telegram is off', () => {
  expect(loadConfig(REAL_PORTAL).telegram).toEqual({ mode: 'off' });
});

test('TELEGRAM_ENABLED=false turns the embedded server off too', () => {
  expect(loadConfig({ TELEGRAM_ENABLED: 'false' }).telegram).toEqual({ mode: 'off' });
});

test('api id and hash with a session file: real Telegram', () => {
  const config = loadConfig({
    ...REAL_PORTAL,
    ...API,
    TELEGRAM_SESSION_FILE: '/var/lib/facade/tg.json',
    TELEGRAM_DC: '149.154.167.40:443',
    TELEGRAM_TIMEOUT_MS: '20000',
    TELEGRAM_FLOOD_MAX_WAIT_SECONDS: '30',
  });
  expect(config.telegram).toEqual({
    mode: 'real',
    apiId: 123456,
    apiHash: API.TELEGRAM_API_HASH,
    sessions: { kind: 'file', path: '/var/lib/facade/tg.json' },
    dc: { host: '149.154.167.40', port: 443 },
    timeoutMs: 20_000,
    floodMaxWaitSeconds: 30,
  });
});

test('without a session file the sessions live in Redis (REDIS_URL)', () => {
  expect(loadConfig({ ...API, REDIS_URL: 'redis://127.0.0.1:6379' }).telegram).toMatchObject({
    mode: 'real',
    sessions: { kind: 'redis', url: 'redis://127.0.0.1:6379' },
  });
});

test('every mistake is named, without echoing a value', () => {
  const problems = problemsOf({
    TELEGRAM_API_ID: 'abc',
    TELEGRAM_API_HASH: 'not-a-hash-secret',
    TELEGRAM_DC: 'somewhere:99999',
    TELEGRAM_EMULATOR_PORT: '20000',
  });
  expect(problems).toEqual([
    'TELEGRAM_API_ID must be a positive whole number (the api_id from my.telegram.org)',
    'TELEGRAM_API_HASH must be 32 hexadecimal characters (the api_hash from my.telegram.org)',
    'TELEGRAM_EMULATOR_PORT applies only without TELEGRAM_API_ID (the embedded server)',
    "Telegram needs a place for the users' sessions: TELEGRAM_SESSION_FILE or REDIS_URL",
    "TELEGRAM_DC must be host:port with a port of 1..32767 (teleproto's session format keeps the port in 16 signed bits)",
  ]);
  expect(problems.join('\n')).not.toContain('not-a-hash-secret');
});

test('half a pair, or real-mode settings without one, are refused', () => {
  expect(problemsOf({ TELEGRAM_API_ID: '1' })).toEqual([
    'TELEGRAM_API_ID and TELEGRAM_API_HASH go together (both from my.telegram.org)',
  ]);
  expect(problemsOf({ TELEGRAM_SESSION_FILE: '/tmp/x.json' })).toEqual([
    'TELEGRAM_SESSION_FILE needs TELEGRAM_API_ID and TELEGRAM_API_HASH (from my.telegram.org)',
  ]);
});
