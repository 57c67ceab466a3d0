/** Test helper: real teleproto TelegramClients connected to the embedded Telegram server. */
import { TelegramClient } from 'teleproto';
import { StringSession } from 'teleproto/sessions/index.js';
import type { RunningTelegramEmulator } from '../../../src/emulators/telegram/server.js';

export async function connectClient(
  emulator: RunningTelegramEmulator,
  session: string,
): Promise<TelegramClient> {
  const client = new TelegramClient(new StringSession(emulator.sessions[session]!), 1, 'emulator', {
    connectionRetries: 1,
    autoReconnect: false,
  });
  client.setLogLevel('none' as never);
  await client.connect();
  return client;
}

export async function control(
  emulator: RunningTelegramEmulator,
  method: string,
  path: string,
  body?: unknown,
): Promise<any> {
  const res = await fetch(emulator.controlUrl + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json();
}
