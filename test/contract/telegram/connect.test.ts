/** A real TelegramClient on the embedded server: connect, unknown keys, logged-out keys, unknown methods. */
import { Api } from 'teleproto';
import { StringSession } from 'teleproto/sessions/index.js';
import { TelegramClient } from 'teleproto';
import { Logger, LogLevel } from 'teleproto/extensions/Logger.js';
import { sessionString } from '../../../src/emulators/telegram/sessions.js';
import { chat1, connectClient, control, long, rpcError, sendPoll, useTelegramEmulator } from './tg-client.js';

const world = useTelegramEmulator(['user-1']);

test('on connect the client asks for the config (inside initConnection) and the update state', async () => {
  const client = await connectClient(world.emulator, 'user-2');
  try {
    await client.invoke(new Api.updates.GetState());
    const calls = await control(world.emulator, 'GET', 'calls');
    expect(calls).toEqual([
      { method: 'help.getConfig', session: 'user-2', userId: 2 },
      { method: 'updates.getState', session: 'user-2', userId: 2 },
      { method: 'updates.getState', session: 'user-2', userId: 2 },
    ]);
    const me = (await client.invoke(new Api.users.GetUsers({ id: [new Api.InputUserSelf()] }))) as Api.User[];
    expect(me.map((u) => [String(u.id), u.firstName, u.lastName, u.self])).toEqual([
      ['2', 'Boris', 'Petrov', true],
    ]);
  } finally {
    await client.destroy();
  }
});

test('the port is below 32768 and every seeded session is printed', () => {
  expect(world.emulator.port).toBeLessThan(32768);
  expect(Object.keys(world.emulator.sessions).sort()).toEqual([
    'bot',
    'logged-out',
    'user-1',
    'user-2',
    'user-3',
    'user-4',
    'user-5',
  ]);
});

test('a session with a key the server never issued cannot connect', async () => {
  const session = await sessionString(Buffer.alloc(256, 7), world.emulator.port);
  const client = new TelegramClient(new StringSession(session), 1, 'x', {
    connectionRetries: 1,
    autoReconnect: false,
    baseLogger: new Logger(LogLevel.NONE),
  });
  try {
    await expect(
      client.connect().then(() => client.invoke(new Api.updates.GetState())),
    ).rejects.toBeDefined();
    expect(await control(world.emulator, 'GET', 'calls')).toEqual([]);
  } finally {
    await client.destroy().catch(() => undefined);
  }
});

test('a logged-out key gets AUTH_KEY_UNREGISTERED for account methods', async () => {
  const client = await connectClient(world.emulator, 'logged-out');
  try {
    expect(await rpcError(sendPoll(client, chat1()))).toBe('AUTH_KEY_UNREGISTERED');
    expect(
      await rpcError(
        client.invoke(new Api.messages.GetPollResults({ peer: chat1(), msgId: 1, pollHash: long(0) })),
      ),
    ).toBe('AUTH_KEY_UNREGISTERED');
  } finally {
    await client.destroy();
  }
});

test('an unimplemented method is a clear rpc_error and is logged', async () => {
  const client = world.clients['user-1']!;
  expect(await rpcError(client.invoke(new Api.messages.GetDialogFilters()))).toBe('INPUT_METHOD_INVALID');
  expect(await control(world.emulator, 'GET', 'calls')).toEqual([
    { method: 'messages.getDialogFilters', session: 'user-1', userId: 1, error: 'INPUT_METHOD_INVALID' },
  ]);
});
