/**
 * The backend's TelegramPolls over TeleprotoInvoker (a real TelegramClient) against the embedded server:
 * the walk-through of create, vote, read, revote refusal, close, reopen refusal, quiz, voters, bot
 * refusal with zero calls, and flood waits (queued per session, refused beyond the maximum).
 */
import {
  startTelegramEmulator,
  type RunningTelegramEmulator,
} from '../../../src/emulators/telegram/server.js';
import { TeleprotoInvoker } from '../../../src/backends/telegram/invoker/teleproto.invoker.js';
import { FloodGateInvoker } from '../../../src/backends/telegram/invoker/flood-gate.invoker.js';
import { TelegramPolls } from '../../../src/backends/telegram/polls/telegram-polls.client.js';
import { telegramOutcome } from '../../../src/backends/telegram/telegram-error-table.js';
import { TelegramError } from '../../../src/backends/telegram/telegram-error.js';
import { control } from './tg-client.js';

let emulator: RunningTelegramEmulator;
const invokers: TeleprotoInvoker[] = [];
const polls: Record<string, TelegramPolls> = {};
const chat = { kind: 'chat' as const, id: 1 };

beforeAll(async () => {
  emulator = await startTelegramEmulator();
  for (const name of ['user-1', 'user-2', 'user-3', 'bot']) {
    const invoker = await TeleprotoInvoker.connect(emulator.sessions[name]!, {
      apiId: 1,
      apiHash: 'emulator',
      timeoutMs: 5000,
    });
    invokers.push(invoker);
    polls[name] = new TelegramPolls(new FloodGateInvoker(invoker, { maxWaitSeconds: 5 }), {
      isBot: name === 'bot',
    });
  }
});
beforeEach(async () => {
  await control(emulator, 'POST', 'reset');
});
afterAll(async () => {
  for (const invoker of invokers) await invoker.close().catch(() => undefined);
  await emulator?.close();
});

async function failure(call: Promise<unknown>): Promise<TelegramError> {
  const err = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof TelegramError)) throw new Error(`expected a TelegramError, got ${String(err)}`);
  return err;
}

test('walk-through: create, vote by option id, count, no revote, close, closed, no reopen', async () => {
  const created = await polls['user-1']!.create(chat, {
    question: 'Lunch?',
    answers: [{ text: 'Pizza' }, { text: 'Soup' }],
    revotingDisabled: true,
  });
  expect(created).toMatchObject({
    dialogId: 'tg:chat:1',
    question: 'Lunch?',
    revotingDisabled: true,
    closed: false,
    totalVoters: 0,
  });
  const ref = { peer: chat, msgId: created.msgId };
  const voted = await polls['user-2']!.vote(ref, [created.answers[1]!.optionId]);
  expect(voted.answers.map((a) => [a.text, a.voters, a.chosen])).toEqual([
    ['Pizza', 0, false],
    ['Soup', 1, true],
  ]);
  const seen = await polls['user-3']!.read(ref);
  expect([seen.totalVoters, seen.creator, created.creator]).toEqual([1, false, true]);
  const revote = await failure(polls['user-2']!.vote(ref, [created.answers[0]!.optionId]));
  expect(telegramOutcome(revote)).toEqual({ kind: 'user', code: 'REVOTE_NOT_ALLOWED' });
  expect((await polls['user-1']!.close(ref)).closed).toBe(true);
  const late = await failure(polls['user-3']!.vote(ref, [created.answers[0]!.optionId]));
  expect(telegramOutcome(late)).toEqual({ kind: 'user', code: 'POLL_CLOSED' });
  expect((await polls['user-1']!.close(ref)).closed).toBe(true); // closing again is not a failure
});

test('a quiz shows its correct answer after the vote', async () => {
  const quiz = await polls['user-1']!.create(chat, {
    question: '2+2?',
    answers: [{ text: '3' }, { text: '4' }],
    quiz: { correctAnswers: [1], solution: 'Arithmetic.' },
  });
  const ref = { peer: chat, msgId: quiz.msgId };
  expect((await polls['user-2']!.read(ref)).answers.map((a) => a.correct)).toEqual([null, null]);
  const after = await polls['user-2']!.vote(ref, [quiz.answers[0]!.optionId]);
  expect(after.answers.map((a) => a.correct)).toEqual([false, true]);
  expect(after.solution).toBe('Arithmetic.');
});

test('retract, and voters of a public poll', async () => {
  const poll = await polls['user-1']!.create(chat, {
    question: 'Q',
    answers: [{ text: 'a' }, { text: 'b' }],
    publicVoters: true,
  });
  const ref = { peer: chat, msgId: poll.msgId };
  await polls['user-2']!.vote(ref, [poll.answers[0]!.optionId]);
  await polls['user-3']!.vote(ref, [poll.answers[0]!.optionId]);
  expect((await polls['user-3']!.retract(ref)).totalVoters).toBe(1);
  const page = await polls['user-1']!.voters(ref, { limit: 10 });
  expect(page).toMatchObject({
    count: 1,
    nextOffset: null,
    voters: [{ userId: '2', optionIds: [poll.answers[0]!.optionId] }],
  });
});

test('a bot session voting gets the capability outcome with zero calls on the server', async () => {
  const poll = await polls['bot']!.create(chat, { question: 'Q', answers: [{ text: 'a' }, { text: 'b' }] });
  await control(emulator, 'DELETE', 'calls');
  const refused = await failure(
    polls['bot']!.vote({ peer: chat, msgId: poll.msgId }, [poll.answers[0]!.optionId]),
  );
  expect(telegramOutcome(refused)).toEqual({ kind: 'capability', code: 'NOT_SUPPORTED' });
  expect(await control(emulator, 'GET', 'calls')).toEqual([]);
  expect((await polls['bot']!.read({ peer: chat, msgId: poll.msgId })).question).toBe('Q'); // via getMessages
});

test("FLOOD_WAIT beyond the maximum: that session's next call fails at once without reaching the server", async () => {
  const poll = await polls['user-1']!.create(chat, {
    question: 'Q',
    answers: [{ text: 'a' }, { text: 'b' }],
  });
  const ref = { peer: chat, msgId: poll.msgId };
  await control(emulator, 'POST', 'faults', {
    kind: 'floodWait',
    seconds: 60,
    count: 1,
    methods: ['messages.getPollResults'],
  });
  await control(emulator, 'DELETE', 'calls');
  const first = await failure(polls['user-2']!.read(ref));
  expect(telegramOutcome(first, { idempotent: true })).toEqual({
    kind: 'facade',
    code: 'RATE_LIMITED',
    retryAfterSeconds: 60,
  });
  const second = await failure(polls['user-2']!.read(ref));
  expect(second).toMatchObject({ code: 'FLOOD_WAIT', method: 'messages.getPollResults' });
  expect(second.seconds).toBeGreaterThan(5);
  expect(
    (await control(emulator, 'GET', 'calls')).map(
      (c: { method: string; session: string }) => `${c.session} ${c.method}`,
    ),
  ).toEqual(['user-2 messages.getPollResults']);
  expect((await polls['user-3']!.read(ref)).question).toBe('Q'); // other sessions are not held back
});

test('a short FLOOD_WAIT is waited out: the next call of the session is sent after it, once', async () => {
  const poll = await polls['user-1']!.create(chat, {
    question: 'Q',
    answers: [{ text: 'a' }, { text: 'b' }],
  });
  const ref = { peer: chat, msgId: poll.msgId };
  await control(emulator, 'POST', 'faults', {
    kind: 'floodWait',
    seconds: 1,
    count: 1,
    methods: ['messages.sendVote'],
  });
  await control(emulator, 'DELETE', 'calls');
  await failure(polls['user-1']!.vote(ref, [poll.answers[0]!.optionId]));
  expect((await polls['user-1']!.vote(ref, [poll.answers[0]!.optionId])).totalVoters).toBe(1);
  expect((await control(emulator, 'GET', 'calls')).map((c: { error?: string }) => c.error ?? 'ok')).toEqual([
    'FLOOD_WAIT_1',
    'ok',
  ]);
});

test('an injected SLOWMODE_WAIT_5 on sendMedia is RATE_LIMITED with retryAfterSeconds 5, and creates nothing', async () => {
  await control(emulator, 'POST', 'faults', {
    kind: 'rpcError',
    errorCode: 420,
    errorMessage: 'SLOWMODE_WAIT_5',
    count: 1,
  });
  const err = await failure(
    polls['user-3']!.create(chat, { question: 'Q', answers: [{ text: 'a' }, { text: 'b' }] }),
  );
  expect(telegramOutcome(err)).toEqual({ kind: 'facade', code: 'RATE_LIMITED', retryAfterSeconds: 5 });
  expect((await control(emulator, 'GET', 'state/poll?peer=chat:1&msgId=1')).poll).toBeNull();
});
