/**
 * Two facades ("replicas") sharing REDIS_URL share the first use of each idempotency key: a key
 * used on replica A with one text and reused on replica B with another is refused on B
 * (ValidationFailed, no portal call), and the same content on B is a replay of A's message.
 * Without the shared store (two memory states) B would send the other text and answer success for
 * a message the portal de-duplicated away. Needs `redis-server`; skipped with a reason without it.
 */
import { createFacade, type Facade } from '../../../src/app/create-facade.js';
import { loadConfig } from '../../../src/config/config.js';
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import { redisServerInstalled, startRedis, type RedisProcess } from '../../../bench/redis-process.js';
import { devAccessToken, chatHistory } from '../../support/emulator.js';
import { portalRequests, postGraphQL } from '../server/facade-harness.js';
import { registerBotInChat } from './bot-setup.js';

const hasRedis = redisServerInstalled();
if (!hasRedis) console.warn('idempotency-shared-redis.test.ts skipped: redis-server is not installed');
const maybe = hasRedis ? describe : describe.skip;

const AUTH = { authorization: `Bearer ${devAccessToken(1)}` };
const SEND = `mutation($input: SendBotMessageInput!) { sendBotMessage(input: $input) {
  __typename
  ... on SendBotMessageSuccess { botMessage { messageId text } }
  ... on ValidationFailed { field constraint } } }`;

maybe('idempotency keys shared between replicas through Redis', () => {
  let redis: RedisProcess;
  let emulator: RunningEmulator;
  let a: Facade;
  let b: Facade;
  let botId: number;

  const replica = async (redisUrl: string) =>
    createFacade(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        REDIS_URL: redisUrl,
      }),
      { emulatorUrl: emulator.url, traffic: false, portalTimeoutMs: 5000, drainTimeoutMs: 2000 },
    );

  async function send(on: Facade, input: Record<string, unknown>): Promise<Record<string, any>> {
    const reply = await postGraphQL(on, SEND, AUTH, { input: { botId, dialogId: 'chat1', ...input } });
    expect(reply.body.errors).toBeUndefined();
    return reply.body.data?.sendBotMessage as Record<string, any>;
  }

  beforeAll(async () => {
    redis = await startRedis();
    emulator = await startEmulator({ port: 0 });
    a = await replica(redis.url);
    b = await replica(redis.url);
    botId = await registerBotInChat({ emulator, facade: a, close: async () => undefined }, AUTH, 'shared');
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await emulator?.close();
    await redis?.close();
  });

  it('a key reused on the other replica with different content is refused there, with no portal call', async () => {
    const first = await send(a, { text: 'ONE', idempotencyKey: 'shared-key' });
    expect(first.__typename).toBe('SendBotMessageSuccess');
    const before = await portalRequests(emulator);
    const reused = await send(b, { text: 'TWO', idempotencyKey: 'shared-key' });
    expect(reused).toEqual({
      __typename: 'ValidationFailed',
      field: 'input.idempotencyKey',
      constraint: 'reusedWithDifferentContent',
    });
    expect(await portalRequests(emulator)).toBe(before);
    expect((await chatHistory(emulator, 1)).some((m) => m.text === 'TWO')).toBe(false);
  });

  it('the same content on the other replica is a replay of the first message', async () => {
    const first = await send(a, { text: 'THREE', idempotencyKey: 'shared-key-2' });
    const again = await send(b, { text: 'THREE', idempotencyKey: 'shared-key-2' });
    expect(again).toEqual(first);
    expect((await chatHistory(emulator, 1)).filter((m) => m.text === 'THREE')).toHaveLength(1);
  });
});
