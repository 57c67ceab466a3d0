/** SessionTelegramAccess with the TL-level fake: one connection per session, shared, replaced when dead. */
import { Api } from 'teleproto';
import { returnBigInt } from 'teleproto/Helpers.js';
import { FakeTelegramInvoker } from '../../../src/backends/telegram/invoker/fake.invoker.js';
import { MemoryTelegramSessionStore } from '../../../src/backends/telegram/sessions/memory.session-store.js';
import {
  SessionTelegramAccess,
  type SessionConnection,
} from '../../../src/backends/telegram/access/session.telegram-access.js';
import { TelegramError } from '../../../src/backends/telegram/telegram-error.js';

const self = (bot: boolean) => [
  new Api.User({ id: returnBigInt(bot ? '100' : '1'), self: true, bot: bot || undefined, firstName: 'x' }),
];

class FakeConnection implements SessionConnection {
  alive = true;
  closed = 0;
  constructor(
    readonly session: string,
    readonly fake: FakeTelegramInvoker,
  ) {}
  invoke<R extends Api.AnyRequest>(request: R): Promise<R['__response']> {
    return this.fake.invoke(request);
  }
  async close(): Promise<void> {
    this.closed += 1;
    this.alive = false;
  }
}

function setUp(sessions: Record<string, string>, options: { failFirstConnect?: boolean } = {}) {
  const connections: FakeConnection[] = [];
  let failNext = options.failFirstConnect === true;
  const access = new SessionTelegramAccess({
    store: new MemoryTelegramSessionStore(sessions),
    floodMaxWaitSeconds: 5,
    connect: async (session) => {
      // let concurrent callers reach the connector before it answers
      await new Promise((resolve) => setImmediate(resolve));
      if (failNext) {
        failNext = false;
        throw new TelegramError({ code: 'NOT_CONNECTED', method: 'connect' });
      }
      const fake = new FakeTelegramInvoker().on('users.getUsers', () => self(session.startsWith('bot')));
      const connection = new FakeConnection(session, fake);
      connections.push(connection);
      return connection;
    },
  });
  return { access, connections };
}

test('an unknown link key has no actor, and nothing is connected', async () => {
  const { access, connections } = setUp({ a: 'user-session-a' });
  expect(await access.actorFor('nobody')).toBeNull();
  expect(connections).toHaveLength(0);
});

test('concurrent first calls share one connect; the bot question is asked once', async () => {
  const { access, connections } = setUp({ a: 'user-session-a' });
  const actors = await Promise.all([access.actorFor('a'), access.actorFor('a'), access.actorFor('a')]);
  await access.actorFor('a');
  expect(connections).toHaveLength(1);
  expect(new Set(actors).size).toBe(1);
  expect(actors[0]!.isBot).toBe(false);
  expect(connections[0]!.fake.callsOf('users.getUsers')).toHaveLength(1);
});

test('two link keys holding the same session share its connection; other sessions get their own', async () => {
  const { access, connections } = setUp({ a: 'user-session-a', alias: 'user-session-a', b: 'bot-session' });
  const [a, alias, b] = await Promise.all([
    access.actorFor('a'),
    access.actorFor('alias'),
    access.actorFor('b'),
  ]);
  expect(a).toBe(alias);
  expect(b).not.toBe(a);
  expect(b!.isBot).toBe(true);
  expect(connections.map((c) => c.session).sort()).toEqual(['bot-session', 'user-session-a']);
});

test('a dropped connection is replaced on the next call', async () => {
  const { access, connections } = setUp({ a: 'user-session-a' });
  const first = await access.actorFor('a');
  connections[0]!.alive = false;
  const second = await access.actorFor('a');
  expect(connections).toHaveLength(2);
  expect(connections[0]!.closed).toBe(1);
  expect(second).not.toBe(first);
  expect(await access.actorFor('a')).toBe(second);
});

test('a failed connect is not cached: the error reaches the caller, the next call connects', async () => {
  const { access, connections } = setUp({ a: 'user-session-a' }, { failFirstConnect: true });
  await expect(access.actorFor('a')).rejects.toMatchObject({ code: 'NOT_CONNECTED' });
  expect(await access.actorFor('a')).not.toBeNull();
  expect(connections).toHaveLength(1);
});

test('close() closes every connection once, and no actor is handed out afterwards', async () => {
  const { access, connections } = setUp({ a: 'user-session-a', b: 'bot-session' });
  await Promise.all([access.actorFor('a'), access.actorFor('b')]);
  await access.close();
  expect(connections.map((c) => c.closed)).toEqual([1, 1]);
  expect(await access.actorFor('a')).toBeNull();
  expect(connections).toHaveLength(2);
});

test('flood waits are per session: a FLOOD_WAIT on one session does not hold back another', async () => {
  let now = 0;
  const slept: number[] = [];
  const fakes = new Map<string, FakeTelegramInvoker>();
  const access = new SessionTelegramAccess({
    store: new MemoryTelegramSessionStore({ a: 'session-a', b: 'session-b' }),
    floodMaxWaitSeconds: 10,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
    connect: async (session) => {
      const fake = new FakeTelegramInvoker()
        .on('users.getUsers', () => self(false))
        .on(
          'messages.getMessages',
          () => new Api.messages.Messages({ messages: [], chats: [], users: [], topics: [] }),
        );
      fakes.set(session, fake);
      return Object.assign(fake, { alive: true, close: async () => undefined });
    },
  });
  const a = (await access.actorFor('a'))!;
  const b = (await access.actorFor('b'))!;
  const ref = { peer: { kind: 'chat' as const, id: 1 }, msgId: 7 };
  fakes.get('session-a')!.failNext('messages.getMessages', 'FLOOD_WAIT_3');
  await expect(a.polls.close(ref)).rejects.toMatchObject({ code: 'FLOOD_WAIT', seconds: 3 });
  await expect(b.polls.close(ref)).rejects.toMatchObject({ code: 'MESSAGE_ID_INVALID' });
  expect(slept).toEqual([]);
  await expect(a.polls.close(ref)).rejects.toMatchObject({ code: 'MESSAGE_ID_INVALID' });
  expect(slept).toEqual([3000]);
});
