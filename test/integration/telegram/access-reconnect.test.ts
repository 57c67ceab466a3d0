/**
 * A session whose connection is gone for good (the server went away and teleproto's own reconnect
 * gave up) is connected again by the access on the next request, once the server is back: the real
 * teleproto connector, the embedded server restarted on the same port with the same dev keys.
 */
import { startTelegramEmulator } from '../../../src/emulators/telegram/server.js';
import { SessionTelegramAccess } from '../../../src/backends/telegram/access/session.telegram-access.js';
import { teleprotoConnector } from '../../../src/backends/telegram/access/teleproto.connector.js';
import type { TeleprotoInvoker } from '../../../src/backends/telegram/invoker/teleproto.invoker.js';
import { MemoryTelegramSessionStore } from '../../../src/backends/telegram/sessions/memory.session-store.js';
import { waitUntil } from '../../support/wait-until.js';

test('after the server restarts, the next request connects again and is answered', async () => {
  let emulator = await startTelegramEmulator();
  const port = emulator.port;
  const opened: TeleprotoInvoker[] = [];
  const connect = teleprotoConnector({ apiId: 1, apiHash: 'emulator', timeoutMs: 5000 });
  const access = new SessionTelegramAccess({
    store: new MemoryTelegramSessionStore({ 'api-key#1': emulator.sessions['user-1']! }),
    floodMaxWaitSeconds: 5,
    connect: async (session) => {
      const invoker = (await connect(session)) as TeleprotoInvoker;
      opened.push(invoker);
      return invoker;
    },
  });
  try {
    const before = await access.actorFor('api-key#1');
    await before!.polls.create(
      { kind: 'chat', id: 1 },
      { question: 'Q', answers: [{ text: 'a' }, { text: 'b' }] },
    );
    await emulator.close();
    await waitUntil(() => !opened[0]!.alive, "teleproto's reconnect to give up", 30_000);

    emulator = await startTelegramEmulator({ port });
    const after = await access.actorFor('api-key#1');
    expect(after).not.toBe(before);
    expect(opened).toHaveLength(2);
    const poll = await after!.polls.create(
      { kind: 'chat', id: 1 },
      { question: 'again', answers: [{ text: 'a' }, { text: 'b' }] },
    );
    expect(poll.question).toBe('again');
  } finally {
    await access.close();
    await emulator.close();
  }
}, 60_000);
