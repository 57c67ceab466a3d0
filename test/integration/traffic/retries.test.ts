/**
 * Retries under every fault kind the emulator can inject, over HTTP. What matters is the state
 * afterwards: an idempotent creation (templateId) whose answer was dropped exists exactly once; one
 * without a key is reported as OUTCOME_UNKNOWN and never repeated; reads are simply retried; a
 * ballot whose answer was lost is read back instead of being cast twice.
 */
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import { PortalError } from '../../../src/backends/bitrix24/index.js';
import { castBallot, getPoll, sendPoll } from '../../../src/backends/bitrix24/polls/poll.portal.js';
import { registerBot, sendBotMessage } from '../../../src/backends/bitrix24/bots/bot.portal.js';
import { addFault } from '../../support/emulator.js';
import { callsTo, engineFor, oauthOf, webhookOf } from './traffic-helpers.js';
import { freePort } from '../../../bench/ports.js';

let emu: RunningEmulator;
const RETRY = { baseDelayMs: 5, maxDelayMs: 20 };
// The client timeout is what ends a `hang` fault; 1.5 s keeps those cases short while leaving an
// ordinary request on a busy machine plenty of time (a normal call here takes a few ms).
const CLIENT_TIMEOUT_MS = 1500;
const unbatched = () =>
  engineFor({ options: { retry: RETRY, batching: { enabled: false } } }, CLIENT_TIMEOUT_MS);
const batched = () => engineFor({ options: { retry: RETRY } }, CLIENT_TIMEOUT_MS);
const pollInput = (templateId?: string) => ({
  chatId: 1,
  question: 'Retry?',
  answers: ['Yes', 'No'],
  ...(templateId ? { templateId } : {}),
});
const pollsNamed = (templateId: string) =>
  [...emu.state.polls.values()].filter((p) => p.templateId === templateId).length;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, limits: { enabled: false } });
});
afterAll(async () => {
  await emu.close();
});
beforeEach(() => emu.reset());

describe('creations', () => {
  it.each([false, true])(
    'commitThenDrop on a poll send with templateId → exactly one poll (batching %s)',
    async (batching) => {
      const fault = batching ? 'batch' : 'vote.Integration.Im.send';
      await addFault(emu, { kind: 'commitThenDrop', count: 1, methods: [fault] });
      const engine = batching ? batched() : unbatched();
      const [sent] = await Promise.all([
        sendPoll(engine, oauthOf(emu, 1), pollInput('tpl-1')),
        getPoll(engine, oauthOf(emu, 1), { messageId: 1 }).catch(() => null),
      ]);
      expect(sent.messageId).toBeGreaterThan(0);
      expect(pollsNamed('tpl-1')).toBe(1);
      expect(callsTo(emu, 'vote.Integration.Im.send')).toBe(2);
    },
  );

  it.each(['commitThenDrop', 'reset', 'hang'])(
    '%s on a poll send without a key → OUTCOME_UNKNOWN, never repeated',
    async (kind) => {
      await addFault(emu, { kind, count: 1, methods: ['vote.Integration.Im.send'] });
      const before = emu.state.polls.size;
      const error = await sendPoll(unbatched(), oauthOf(emu, 1), pollInput()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PortalError);
      expect((error as PortalError).code).toBe('OUTCOME_UNKNOWN');
      expect((error as PortalError).outcomeUnknown).toBe(true);
      expect((error as PortalError).method).toBe('vote.Integration.Im.send');
      // Sent once; it landed only where the fault lets the handler run.
      expect(emu.state.polls.size - before).toBe(kind === 'commitThenDrop' ? 1 : 0);
    },
  );

  it('a request refused before it was sent (connection refused) is retried even without a key', async () => {
    const engine = unbatched();
    // A port the OS just handed out and released: nothing listens there (no fixed port assumed free).
    const portalUrl = `http://127.0.0.1:${await freePort()}`;
    const dead = { kind: 'oauth' as const, portalUrl, accessToken: 'dev-token-1' };
    const error = await sendPoll(engine, dead, pollInput()).catch((e: unknown) => e);
    expect((error as PortalError).code).toBe('CONNECTION_REFUSED');
    expect(engine.stats().retries).toBe(3); // maxAttempts 4
  });

  it('commitThenDrop on a bot message with templateId → exactly one message', async () => {
    const engine = unbatched();
    const { bot } = await registerBot(engine, webhookOf(emu), {
      code: 'retry_bot',
      botToken: 'retry_token',
      properties: { name: 'Retry Bot' },
      type: 'bot',
      eventMode: 'fetch',
    } as Parameters<typeof registerBot>[2]);
    await addFault(emu, { kind: 'commitThenDrop', count: 1, methods: ['imbot.v2.Chat.Message.send'] });
    const before = emu.state.messages.size;
    const sent = await sendBotMessage(engine, webhookOf(emu), { botId: bot.id, botToken: 'retry_token' }, {
      dialogId: '1',
      message: 'Hello once',
      templateId: 'msg-tpl-1',
    } as Parameters<typeof sendBotMessage>[3]);
    expect(sent.messageId).toBeGreaterThan(0);
    expect(emu.state.messages.size - before).toBe(1);
    expect(callsTo(emu, 'imbot.v2.Chat.Message.send')).toBe(2);
  });
});

describe('reads', () => {
  it.each([
    ['reset', {}],
    ['http5xx', { status: 500 }],
    ['http5xx', { status: 502 }],
    ['html', { status: 200 }],
    ['hang', {}],
  ])('%s %j on a read → retried, the caller sees the answer', async (kind, extra) => {
    const sent = await sendPoll(unbatched(), oauthOf(emu, 1), pollInput('read-1'));
    await addFault(emu, { kind, count: 2, methods: ['vote.AttachedVote.get'], ...extra });
    const poll = await getPoll(unbatched(), oauthOf(emu, 1), { messageId: sent.messageId });
    expect(poll.messageId).toBe(sent.messageId);
  });

  it('a failed batch request: every read inside it is retried', async () => {
    const sent = await sendPoll(unbatched(), oauthOf(emu, 1), pollInput('batch-1'));
    await addFault(emu, { kind: 'reset', count: 1, methods: ['batch'] });
    const engine = batched();
    const polls = await Promise.all(
      [1, 2, 3].map(() => getPoll(engine, oauthOf(emu, 1), { messageId: sent.messageId })),
    );
    expect(polls.map((p) => p.messageId)).toEqual([sent.messageId, sent.messageId, sent.messageId]);
    expect(engine.stats().retries).toBe(3);
    expect(engine.stats().batches).toBeGreaterThanOrEqual(1); // the retries may or may not share a window
  });

  it('fails fast on a not-found answer: one call, no retry', async () => {
    const engine = unbatched();
    const error = await getPoll(engine, oauthOf(emu, 1), { messageId: 987_654 }).catch((e: unknown) => e);
    expect((error as PortalError).code).toBe('ATTACH_NOT_FOUND');
    expect(callsTo(emu, 'vote.AttachedVote.get')).toBe(1);
    expect(engine.stats().retries).toBe(0);
  });
});

describe('ballots', () => {
  it.each(['commitThenDrop', 'reset'])(
    '%s on a ballot → read back; the vote counts exactly once and the caller sees success',
    async (kind) => {
      const sent = await sendPoll(unbatched(), oauthOf(emu, 1), pollInput('ballot-1'));
      const before = await getPoll(unbatched(), oauthOf(emu, 2), { messageId: sent.messageId });
      const question = before.questions[0]!;
      const answer = question.answers[1]!;
      await addFault(emu, { kind, count: 1, methods: ['vote.AttachedVote.vote'] });
      const engine = unbatched();
      const poll = await castBallot(engine, oauthOf(emu, 2), { messageId: sent.messageId }, {
        [question.id]: [answer.id],
      } as Parameters<typeof castBallot>[3]);
      expect(poll.viewer.hasVoted).toBe(true);
      expect(engine.stats().ballotChecks).toBe(1);
      const after = await getPoll(unbatched(), oauthOf(emu, 1), { messageId: sent.messageId });
      expect(after.totalVotes).toBe(1);
      // commitThenDrop ran once and was not repeated; reset never reached the handler, the retry did.
      expect(callsTo(emu, 'vote.AttachedVote.vote')).toBe(1);
    },
  );
});
