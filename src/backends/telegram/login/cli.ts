/**
 * `npm run telegram-login -- --subject <facade user id> --file <sessions.json> [--emulator <control URL>]`
 * Asks for the phone, the login code and (if the account has one) the 2FA password, logs in, and
 * stores the session in the session file. TELEGRAM_API_ID and TELEGRAM_API_HASH come from
 * my.telegram.org; with --emulator they may be left out and the session key is minted there.
 */
import { createInterface } from 'node:readline';
import { FileTelegramSessionStore } from '../sessions/file.session-store.js';
import { loginTelegram } from './telegram-login.js';

const USAGE =
  'usage: telegram-login --subject <id> --file <sessions.json> [--emulator http://127.0.0.1:<port>/_emulator/]';

function parseArgs(argv: string[]): { subject: string; file: string; emulator?: string } {
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, '');
    const value = argv[i + 1];
    if (!name || !['subject', 'file', 'emulator'].includes(name) || value === undefined)
      throw new Error(USAGE);
    options[name] = value;
  }
  if (!options.subject || !options.file) throw new Error(USAGE);
  return { subject: options.subject, file: options.file, emulator: options.emulator };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const io = createInterface({ input: process.stdin });
  // reading lines (not io.question) also works when the answers are piped in
  const lines = io[Symbol.asyncIterator]();
  const ask = async (prompt: string): Promise<string> => {
    process.stdout.write(prompt);
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
    const apiId = Number(process.env.TELEGRAM_API_ID ?? (options.emulator ? 1 : NaN));
    const apiHash = process.env.TELEGRAM_API_HASH ?? (options.emulator ? 'emulator' : '');
    if (!Number.isInteger(apiId) || !apiHash)
      throw new Error('set TELEGRAM_API_ID and TELEGRAM_API_HASH (from my.telegram.org)');
    const phone = await ask('Phone number (international format): ');
    const { telegramUserId } = await loginTelegram({
      session,
      apiId,
      apiHash,
      phone,
      code: () => ask('Login code: '),
      password: () => ask('2FA password: '),
      store: new FileTelegramSessionStore(options.file),
      subject: options.subject,
    });
    console.log(
      `Logged in as Telegram user ${telegramUserId}; session stored for subject ${options.subject} in ${options.file}`,
    );
  } finally {
    io.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
