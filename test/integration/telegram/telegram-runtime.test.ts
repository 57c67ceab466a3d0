/**
 * The Telegram runtime of a facade in emulator mode, over real MTProto connections: createFacade
 * starts the embedded Telegram server, seeds the sessions so that dev-token-N acts as Telegram user N
 * (and its own dev token as the bot), connects each session once, keeps flood waits per session,
 * survives a server hang-up, and closes it all with the facade.
 */
import { HeaderMap } from '@apollo/server';
import { loadConfig } from '../../../src/config/config.js';
import { createFacade, type Facade } from '../../../src/app/create-facade.js';
import { telegramLinkKey } from '../../../src/app/telegram-link-key.js';
import { TELEGRAM_DEV_BOT_TOKEN } from '../../../src/app/telegram-runtime.js';
import { resolveIdentity } from '../../../src/graphql/identity.js';
import type { TelegramActor } from '../../../src/backends/telegram/access/telegram-access.port.js';

let facade: Facade;

type Call = { method: string; session: string; userId: number | null; error?: string };

beforeAll(async () => {
  facade = await createFacade(
    loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }),
    { traffic: false, drainTimeoutMs: 2000 },
  );
});
afterAll(async () => {
  await facade?.close();
});

const control = async (method: string, path: string, body?: unknown): Promise<any> => {
  const res = await fetch(facade.telegram.emulator!.controlUrl + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json();
};
const calls = async (): Promise<Call[]> => control('GET', 'calls');

beforeEach(async () => {
  await control('POST', 'reset');
});

/** The actor a request with this bearer token gets (the same identity derivation as a request). */
async function actorOf(token: string): Promise<TelegramActor> {
  const identity = resolveIdentity(new HeaderMap([['authorization', `Bearer ${token}`]]), {
    target: facade.target,
    apiKeys: [],
    allowAnonymous: false,
  });
  if (identity.kind !== 'identified') throw new Error('not identified');
  const actor = await facade.telegram.access!.actorFor(telegramLinkKey(identity.identity));
  if (actor === null) throw new Error(`no Telegram session for ${token}`);
  return actor;
}

const chat = { kind: 'chat' as const, id: 1 };
const newPoll = { question: 'Lunch?', answers: [{ text: 'soup' }, { text: 'salad' }] };

test('the embedded server listens on loopback below 32768 and the facade knows its control API', () => {
  const emulator = facade.telegram.emulator!;
  expect(emulator.port).toBeGreaterThan(0);
  expect(emulator.port).toBeLessThan(32768);
  expect(emulator.controlUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/_emulator\/$/);
  expect(facade.telegram.devSessions?.map((dev) => dev.token)).toEqual([
    'dev-token-1',
    'dev-token-2',
    'dev-token-3',
    'dev-token-4',
    'dev-token-5',
    TELEGRAM_DEV_BOT_TOKEN,
  ]);
});

test('dev-token-N acts as Telegram user N; a token with no session has no actor', async () => {
  const author = await actorOf('dev-token-1');
  const poll = await author.polls.create(chat, newPoll);
  await (
    await actorOf('dev-token-2')
  ).polls.vote({ peer: chat, msgId: poll.msgId }, [poll.answers[1]!.optionId]);
  const state = (await control('GET', `state/poll?pollId=${poll.pollId}`)).poll;
  expect(state.creatorId).toBe(1);
  expect(state.votes).toEqual([{ userId: 2, options: [1] }]);
  expect(author.isBot).toBe(false);
  await expect(actorOf('dev-token-9')).rejects.toThrow('no Telegram session');
});

test('the bot token acts as the bot session: it may create, and voting is refused with no call', async () => {
  const bot = await actorOf(TELEGRAM_DEV_BOT_TOKEN);
  expect(bot.isBot).toBe(true);
  const poll = await bot.polls.create(chat, newPoll);
  await control('DELETE', 'calls');
  await expect(
    bot.polls.vote({ peer: chat, msgId: poll.msgId }, [poll.answers[0]!.optionId]),
  ).rejects.toMatchObject({ code: 'BOT_METHOD_INVALID' });
  expect(await calls()).toEqual([]);
});

test('concurrent first requests of one user share one connection: the bot question is asked once', async () => {
  // user 4 has not been used by any test before this one
  const actors = await Promise.all([1, 2, 3, 4, 5].map(() => actorOf('dev-token-4')));
  expect(new Set(actors).size).toBe(1);
  const asked = (await calls()).filter((c) => c.method === 'users.getUsers' && c.session === 'user-4');
  expect(asked).toHaveLength(1);
  const connected = [...facade.telegram.emulator!.engine.connections].filter(
    (c) => c.sessionName === 'user-4',
  );
  expect(connected).toHaveLength(1);
});

test("a flood wait holds back only that session's calls, and its queued call is sent once", async () => {
  const poll = await (await actorOf('dev-token-1')).polls.create(chat, newPoll);
  const ref = { peer: chat, msgId: poll.msgId };
  const waiting = await actorOf('dev-token-2');
  const other = await actorOf('dev-token-3');
  await control('POST', 'faults', {
    kind: 'floodWait',
    seconds: 1,
    count: 1,
    methods: ['messages.getPollResults'],
  });
  await expect(waiting.polls.read(ref)).rejects.toMatchObject({ code: 'FLOOD_WAIT', seconds: 1 });
  const finished: string[] = [];
  const queued = waiting.polls.read(ref).then(() => finished.push('user-2'));
  const free = other.polls.read(ref).then(() => finished.push('user-3'));
  await Promise.all([queued, free]);
  expect(finished).toEqual(['user-3', 'user-2']);
  const reads = (await calls()).filter((c) => c.method === 'messages.getPollResults');
  expect(reads.map((c) => `${c.session}${c.error ? ` ${c.error}` : ''}`)).toEqual([
    'user-2 FLOOD_WAIT_1',
    'user-3',
    'user-2',
  ]);
});

test('after the server hangs up on every connection, the next call still answers', async () => {
  const author = await actorOf('dev-token-5');
  const poll = await author.polls.create(chat, newPoll);
  for (const connection of facade.telegram.emulator!.engine.connections) connection.close();
  const again = await actorOf('dev-token-5');
  expect((await again.polls.read({ peer: chat, msgId: poll.msgId })).question).toBe('Lunch?');
});

test('closing the facade closes every Telegram connection and the embedded server', async () => {
  const own = await createFacade(
    loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }),
    { traffic: false, drainTimeoutMs: 2000 },
  );
  const emulator = own.telegram.emulator!;
  const access = own.telegram.access!;
  await own.close();
  expect(emulator.engine.connections.size).toBe(0);
  expect(await access.actorFor('anything')).toBeNull();
  await expect(fetch(`${emulator.controlUrl}health`)).rejects.toThrow();
});
