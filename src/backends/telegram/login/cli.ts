/**
 * `npm run telegram-login -- (--api-key <N> | --subject <link key>) [--file <sessions.json>] [--emulator <control URL>]`
 * (main.ts runs it.) Asks for the phone, the login code and (if the account has one) the 2FA password, logs in, and
 * stores the session under the facade caller's link key: `--api-key N` for the N-th key of
 * FACADE_API_KEYS (webhook mode), or `--subject` with the key verbatim. The session goes to --file,
 * else TELEGRAM_SESSION_FILE, else Redis (REDIS_URL): the same store the facade reads.
 * TELEGRAM_API_ID and TELEGRAM_API_HASH come from my.telegram.org; TELEGRAM_DC (host:port) starts
 * the login at that server instead of teleproto's default DC. With --emulator they may be left out:
 * the session key is minted by the embedded server's control API.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { FileTelegramSessionStore } from '../sessions/file.session-store.js';
import { RedisTelegramSessionStore } from '../sessions/redis.session-store.js';
import type { TelegramSessionStore } from '../sessions/session-store.port.js';
import { loginTelegram } from './telegram-login.js';
import { parseDcAddress } from './dc-address.js';

const USAGE =
  'usage: telegram-login (--api-key <N> | --subject <link key>) [--file <sessions.json>] [--emulator http://127.0.0.1:<port>/_emulator/]';

interface CliOptions {
  subject: string;
  file?: string;
  emulator?: string;
}

function parseArgs(argv: string[]): CliOptions {
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, '');
    const value = argv[i + 1];
    if (!name || !['subject', 'api-key', 'file', 'emulator'].includes(name) || value === undefined)
      throw new Error(USAGE);
    options[name] = value;
  }
  const apiKey = options['api-key'];
  if ((apiKey === undefined) === (options.subject === undefined)) throw new Error(USAGE);
  if (apiKey !== undefined && !/^[1-9]\d{0,3}$/.test(apiKey))
    throw new Error(`--api-key is the key's position in FACADE_API_KEYS (1, 2, ...)\n${USAGE}`);
  return {
    // the link key of a webhook-mode caller who presents the N-th API key
    subject: apiKey !== undefined ? `api-key#${apiKey}` : options.subject!,
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(options.emulator === undefined ? {} : { emulator: options.emulator }),
  };
}

function storeFor(
  options: CliOptions,
  env: NodeJS.ProcessEnv,
): { store: TelegramSessionStore; where: string; close(): Promise<void> } {
  const file = options.file ?? env.TELEGRAM_SESSION_FILE?.trim();
  if (file) return { store: new FileTelegramSessionStore(file), where: file, close: async () => undefined };
  const redisUrl = env.REDIS_URL?.trim();
  if (redisUrl) {
    const store = new RedisTelegramSessionStore({ url: redisUrl });
    return { store, where: 'Redis (REDIS_URL)', close: () => store.close() };
  }
  throw new Error(`give --file, or set TELEGRAM_SESSION_FILE or REDIS_URL\n${USAGE}`);
}

export interface LoginCliIo {
  input: Readable;
  write: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

/** The whole command, with its streams and environment passed in (the tests script them). */
export async function runLoginCli(argv: string[], cli: LoginCliIo): Promise<string> {
  const env = cli.env;
  const options = parseArgs(argv);
  const target = storeFor(options, env);
  const io = createInterface({ input: cli.input });
  // reading lines (not io.question) also works when the answers are piped in
  const lines = io[Symbol.asyncIterator]();
  const ask = async (prompt: string): Promise<string> => {
    cli.write(prompt);
    const line = await lines.next();
    if (line.done) throw new Error('the input ended before the login was complete');
    return String(line.value).trim();
  };
  try {
    let session = '';
    if (options.emulator) {
      const minted = (await (
        await fetch(new URL('sessions', options.emulator), { method: 'POST' })
      ).json()) as { session: string };
      session = minted.session;
    }
    const dcRaw = options.emulator ? undefined : env.TELEGRAM_DC?.trim();
    const dc = dcRaw ? parseDcAddress(dcRaw) : undefined;
    const apiId = Number(env.TELEGRAM_API_ID ?? (options.emulator ? 1 : NaN));
    const apiHash = env.TELEGRAM_API_HASH ?? (options.emulator ? 'emulator' : '');
    if (!Number.isInteger(apiId) || !apiHash)
      throw new Error('set TELEGRAM_API_ID and TELEGRAM_API_HASH (from my.telegram.org)');
    const phone = await ask('Phone number (international format): ');
    const { telegramUserId } = await loginTelegram({
      session,
      ...(dc === undefined ? {} : { dc }),
      apiId,
      apiHash,
      phone,
      code: () => ask('Login code: '),
      password: () => ask('2FA password: '),
      store: target.store,
      subject: options.subject,
    });
    return `Logged in as Telegram user ${telegramUserId}; session stored for ${options.subject} in ${target.where}`;
  } finally {
    io.close();
    await target.close();
  }
}
