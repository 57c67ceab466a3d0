/**
 * Ready-made teleproto StringSession strings for the seeded accounts: DC 2 at 127.0.0.1:<port> with the
 * account's pre-shared auth key, so a real TelegramClient skips the key exchange and talks to this
 * server. StringSession keeps the port in 16 signed bits, hence ports below 32768.
 */
import { StringSession } from 'teleproto/sessions/index.js';
import { AuthKey } from 'teleproto/crypto/AuthKey.js';

export const DEV_DC_ID = 2;

export async function sessionString(authKey: Buffer, port: number, host = '127.0.0.1'): Promise<string> {
  if (!(port > 0 && port < 32768))
    throw new RangeError('the port must be within 1..32767 (StringSession stores it in 16 signed bits)');
  const session = new StringSession('');
  session.setDC(DEV_DC_ID, host, port);
  const key = new AuthKey();
  await key.setKey(authKey);
  session.setAuthKey(key);
  return session.save();
}
