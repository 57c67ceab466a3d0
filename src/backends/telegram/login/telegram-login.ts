/**
 * Logs a Telegram user session in (phone, code, and the 2FA password when the account has one) with
 * teleproto's own sign-in flow, and stores the resulting session string for a facade subject. Against
 * real Telegram start from an empty session (teleproto makes the auth key); against the embedded
 * server start from one minted by its control API (POST /_emulator/sessions). Nothing here logs the
 * session or the answers.
 */
import { TelegramClient } from 'teleproto';
import { StringSession } from 'teleproto/sessions/index.js';
import { Logger, LogLevel } from 'teleproto/extensions/Logger.js';
import type { TelegramSessionStore } from '../sessions/session-store.port.js';
import type { DcAddress } from './dc-address.js';

export interface TelegramLoginInput {
  /** '' for real Telegram; a minted session for the embedded server. */
  session: string;
  /** Where a new session ('' above) starts instead of teleproto's built-in Telegram DC. */
  dc?: DcAddress;
  apiId: number;
  apiHash: string;
  phone: string;
  code: () => Promise<string>;
  password: () => Promise<string>;
  store: TelegramSessionStore;
  /** The facade subject the session acts for (a user id). */
  subject: string;
}

export async function loginTelegram(input: TelegramLoginInput): Promise<{ telegramUserId: string }> {
  const session = new StringSession(input.session);
  if (input.dc !== undefined) session.setDC(2, input.dc.host, input.dc.port);
  const client = new TelegramClient(session, input.apiId, input.apiHash, {
    connectionRetries: 2,
    baseLogger: new Logger(LogLevel.NONE),
  });
  try {
    let failure: Error | undefined;
    try {
      await client.start({
        phoneNumber: input.phone,
        phoneCode: input.code,
        password: input.password,
        // stop at the first refusal (a wrong code...) instead of asking again forever
        onError: async (err: Error) => {
          failure = err;
          return true;
        },
      });
    } catch (err) {
      // teleproto reports the stop as AUTH_USER_CANCEL; the refusal that caused it is the news
      throw failure ?? err;
    }
    if (failure) throw failure;
    const me = await client.getMe();
    await input.store.set(input.subject, (client.session as StringSession).save());
    return { telegramUserId: String(me.id) };
  } finally {
    await client.destroy().catch(() => undefined);
  }
}
