/**
 * Telegram from the environment. Telegram is optional:
 *   - TELEGRAM_API_ID and TELEGRAM_API_HASH set            -> `real`: users' own sessions, stored in
 *     TELEGRAM_SESSION_FILE, else in Redis (REDIS_URL); one of the two is required.
 *   - neither set, Bitrix24 on the embedded emulator       -> `emulator`: the embedded Telegram server
 *     on loopback (TELEGRAM_EMULATOR_PORT, below 32768 because teleproto's session string keeps the
 *     port in 16 signed bits; 0 = a free one).
 *   - neither set, Bitrix24 configured for real            -> `off` (a `tg:` ref is refused, typed).
 *   - TELEGRAM_ENABLED=false                               -> `off` in any case.
 * TELEGRAM_DC (host:port) is where the login command starts a new session (a custom server, or a
 * Telegram test DC); sessions remember their own DC address afterwards. Values are never echoed in
 * problem lines (the API hash is a secret).
 */
import { ProblemList, readBoolean, readInteger, readString, type Env } from './env-readers.js';

export interface TelegramTuning {
  /** A call without an answer within this fails (NO_ANSWER: it may have run). */
  readonly timeoutMs: number;
  /** A flood wait longer than this is answered at once with RATE_LIMITED instead of queueing. */
  readonly floodMaxWaitSeconds: number;
}

export type TelegramSessionStoreConfig =
  { readonly kind: 'file'; readonly path: string } | { readonly kind: 'redis'; readonly url: string };

export type TelegramConfig =
  | { readonly mode: 'off' }
  | ({ readonly mode: 'emulator'; readonly emulatorPort: number } & TelegramTuning)
  | ({
      readonly mode: 'real';
      readonly apiId: number;
      readonly apiHash: string;
      readonly dc?: { readonly host: string; readonly port: number };
      readonly sessions: TelegramSessionStoreConfig;
    } & TelegramTuning);

/** The largest port a teleproto StringSession can hold. */
export const TELEGRAM_MAX_PORT = 32767;

export function readTelegramConfig(
  env: Env,
  context: { portalIsEmulator: boolean; redisUrl: string | undefined },
  problems: ProblemList,
): TelegramConfig {
  const enabled = readBoolean(env, 'TELEGRAM_ENABLED', true, problems);
  const apiIdRaw = readString(env, 'TELEGRAM_API_ID');
  const apiHash = readString(env, 'TELEGRAM_API_HASH');
  const tuning: TelegramTuning = {
    timeoutMs: readInteger(env, 'TELEGRAM_TIMEOUT_MS', 15_000, { min: 1000, max: 600_000 }, problems),
    floodMaxWaitSeconds: readInteger(
      env,
      'TELEGRAM_FLOOD_MAX_WAIT_SECONDS',
      10,
      { min: 0, max: 3600 },
      problems,
    ),
  };
  const emulatorPort = readInteger(
    env,
    'TELEGRAM_EMULATOR_PORT',
    0,
    { min: 0, max: TELEGRAM_MAX_PORT },
    problems,
  );
  const dcRaw = readString(env, 'TELEGRAM_DC');
  const sessionFile = readString(env, 'TELEGRAM_SESSION_FILE');
  if (!enabled) return { mode: 'off' };

  if (apiIdRaw === undefined && apiHash === undefined) {
    for (const name of ['TELEGRAM_DC', 'TELEGRAM_SESSION_FILE'] as const) {
      if (readString(env, name) !== undefined)
        problems.add(`${name} needs TELEGRAM_API_ID and TELEGRAM_API_HASH (from my.telegram.org)`);
    }
    return context.portalIsEmulator ? { mode: 'emulator', emulatorPort, ...tuning } : { mode: 'off' };
  }
  if (apiIdRaw === undefined || apiHash === undefined) {
    problems.add('TELEGRAM_API_ID and TELEGRAM_API_HASH go together (both from my.telegram.org)');
    return { mode: 'off' };
  }
  let apiId = 0;
  if (!/^\d{1,10}$/.test(apiIdRaw) || Number(apiIdRaw) < 1 || Number(apiIdRaw) > 2 ** 31 - 1)
    problems.add('TELEGRAM_API_ID must be a positive whole number (the api_id from my.telegram.org)');
  else apiId = Number(apiIdRaw);
  if (!/^[0-9a-f]{32}$/i.test(apiHash))
    problems.add('TELEGRAM_API_HASH must be 32 hexadecimal characters (the api_hash from my.telegram.org)');
  if (readString(env, 'TELEGRAM_EMULATOR_PORT') !== undefined)
    problems.add('TELEGRAM_EMULATOR_PORT applies only without TELEGRAM_API_ID (the embedded server)');

  let sessions: TelegramSessionStoreConfig;
  if (sessionFile !== undefined) sessions = { kind: 'file', path: sessionFile };
  else if (context.redisUrl !== undefined) sessions = { kind: 'redis', url: context.redisUrl };
  else {
    problems.add("Telegram needs a place for the users' sessions: TELEGRAM_SESSION_FILE or REDIS_URL");
    sessions = { kind: 'file', path: '' };
  }
  const dc = dcRaw === undefined ? undefined : parseHostPort(dcRaw, problems);
  return {
    mode: 'real',
    apiId,
    apiHash,
    sessions,
    ...(dc === undefined ? {} : { dc }),
    ...tuning,
  };
}

function parseHostPort(raw: string, problems: ProblemList): { host: string; port: number } | undefined {
  const match = /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\]):(\d{1,5})$/.exec(raw);
  const port = match === null ? NaN : Number(match[2]);
  if (match === null || !(port >= 1 && port <= TELEGRAM_MAX_PORT)) {
    problems.add(
      `TELEGRAM_DC must be host:port with a port of 1..${TELEGRAM_MAX_PORT} (teleproto's session format keeps the port in 16 signed bits)`,
    );
    return undefined;
  }
  return { host: match[1]!.replace(/^\[|\]$/g, ''), port };
}
