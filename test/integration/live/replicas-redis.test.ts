/**
 * Two facade replicas sharing Redis (and one emulator): an event reaches the subscribers of both
 * replicas once each, and only one replica's watcher reads the portal. Needs `redis-server`.
 */
import { loadConfig } from '../../../src/config/config.js';
import { createFacade, type Facade } from '../../../src/app/create-facade.js';
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import { redisServerInstalled, startRedis, type RedisProcess } from '../../../bench/redis-process.js';
import { callRest } from '../../support/emulator.js';
import { IM_ENTITY_TYPE } from '../polls/polls-harness.js';
import { CAST_BALLOT } from '../polls/poll-fragments.js';
import { postGraphQL, asUser } from '../server/facade-harness.js';
import { POLL_RESULTS, subscribe, type Subscriber } from './live-client.js';

const hasRedis = redisServerInstalled();
if (!hasRedis) console.warn('replicas-redis.test.ts skipped: redis-server is not installed');
const maybe = hasRedis ? describe : describe.skip;

maybe('live results across two replicas with REDIS_URL', () => {
  let redis: RedisProcess;
  let emulator: RunningEmulator;
  const facades: Facade[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    emulator = await startEmulator({ port: 0, limits: { enabled: false } });
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      REDIS_URL: redis.url,
      LIVE_WATCH_INTERVAL_MS: '50',
      LIVE_WATCH_MAX_INTERVAL_MS: '100',
    });
    for (let i = 0; i < 2; i++) {
      facades.push(
        await createFacade(config, { emulatorUrl: emulator.url, traffic: true, drainTimeoutMs: 1000 }),
      );
    }
  });
  afterAll(async () => {
    await Promise.all(facades.map((f) => f.close()));
    await emulator?.close();
    await redis?.close();
  });

  test('one event on each replica per change; one watcher between them', async () => {
    const sent = await callRest(
      emulator,
      'vote.Integration.Im.send',
      {
        chatId: 1,
        IM_MESSAGE_VOTE_DATA: {
          QUESTIONS: [{ QUESTION: 'Where?', FIELD_TYPE: 0, ANSWERS: [{ MESSAGE: 'A' }, { MESSAGE: 'B' }] }],
        },
      },
      { token: 'dev-token-1' },
    );
    const messageId = sent.body.result.messageId as number;
    const read = await postGraphQL(
      facades[0]!,
      'query($m: Int!) { poll(ref: { messageId: $m }) { id questions { questionId answers { answerId } } } }',
      asUser(1),
      { m: messageId },
    );
    const poll = read.body.data?.poll;
    const [a, b]: Subscriber[] = [
      subscribe(facades[0]!.graphqlUrl, 1, POLL_RESULTS, { ids: [poll.id] }),
      subscribe(facades[1]!.graphqlUrl, 2, POLL_RESULTS, { ids: [poll.id] }),
    ] as Subscriber[];
    try {
      expect((await a!.next()).data?.pollResults.source).toBe('SNAPSHOT');
      expect((await b!.next()).data?.pollResults.source).toBe('SNAPSHOT');

      // Through replica 0: both replicas' subscribers get the MUTATION event.
      const answerA = poll.questions[0].answers[0].answerId;
      const cast = await postGraphQL(facades[0]!, CAST_BALLOT, asUser(3), {
        input: { ref: { id: poll.id }, answerIds: [answerA] },
      });
      expect(cast.body.data?.castBallot.__typename).toBe('CastBallotSuccess');
      const [ea, eb] = [await a!.next(), await b!.next()];
      expect(ea.data?.pollResults).toMatchObject({ source: 'MUTATION', poll: { totalVotes: 1 } });
      expect(eb.data?.pollResults).toMatchObject({ source: 'MUTATION', poll: { totalVotes: 1 } });

      // At the portal directly: one watcher finds it; both replicas' subscribers get one event.
      const before = facades.map((f) => f.live.watcher.stats.requests);
      const answerB = poll.questions[0].answers[1].answerId;
      const voted = await callRest(
        emulator,
        'vote.AttachedVote.vote',
        {
          moduleId: 'im',
          entityType: IM_ENTITY_TYPE,
          entityId: messageId,
          ballot: { [poll.questions[0].questionId]: [String(answerB)] },
        },
        { token: 'dev-token-4' },
      );
      expect(voted.status).toBe(200);
      const [wa, wb] = [await a!.next(), await b!.next()];
      expect(wa.data?.pollResults).toMatchObject({ source: 'WATCHER', poll: { totalVotes: 2 } });
      expect(wb.data?.pollResults).toMatchObject({ source: 'WATCHER', poll: { totalVotes: 2 } });
      const reads = facades.map((f, i) => f.live.watcher.stats.requests - before[i]!);
      // Exactly one replica read the portal; the other followed the lease.
      expect(reads.filter((n) => n > 0)).toHaveLength(1);
      expect(facades.map((f) => f.live.watcher.stats.published).reduce((x, y) => x + y)).toBe(1);
      expect(facades.map((f) => f.live.watcher.stats.requests).filter((n) => n > 0)).toHaveLength(1);
      expect(facades.map((f) => f.live.hub.stats.published).reduce((x, y) => x + y)).toBe(2);
    } finally {
      await Promise.all([a!.close(), b!.close()]);
    }
  });
});
