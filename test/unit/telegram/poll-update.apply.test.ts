/** A pushed updateMessagePoll applied to the poll as last known: counts, total, finished; no read. */
import { applyPollUpdate } from '../../../src/backends/telegram/live/poll-update.apply.js';
import { toPoll } from '../../../src/backends/telegram/polls/poll.telegram.js';
import type { TelegramPollUpdate } from '../../../src/backends/telegram/polls/poll-update.js';
import { optionToId } from '../../../src/backends/telegram/polls/option-id.js';

const option = (index: number) => optionToId(Buffer.from([index]));

const base = toPoll(
  {
    pollId: '77',
    dialogId: 'tg:chat:1',
    msgId: 5,
    question: 'Lunch?',
    answers: [0, 1].map((i) => ({
      optionId: option(i),
      text: `a${i}`,
      voters: 0,
      chosen: false,
      correct: null,
    })),
    totalVoters: 0,
    multipleChoice: false,
    publicVoters: true,
    revotingDisabled: false,
    quiz: false,
    creator: true,
    closed: false,
    closeDate: null,
    closePeriod: null,
    solution: null,
  },
  { isBot: false },
);

const update = (over: Partial<TelegramPollUpdate>): TelegramPollUpdate => ({
  pollId: '77',
  dialogId: 'tg:chat:1',
  msgId: 5,
  closed: false,
  results: {
    min: false,
    totalVoters: 3,
    rows: [
      { optionId: option(0), voters: 1 },
      { optionId: option(1), voters: 2 },
    ],
  },
  ...over,
});

test('counts per answer by option bytes, total and percent from the update', () => {
  const next = applyPollUpdate(base, update({}))!;
  expect(next.totalVotes).toBe(3);
  expect(next.questions[0]!.answers.map((a) => [a.votes, a.percent])).toEqual([
    [1, 33.33],
    [2, 66.67],
  ]);
  expect(next.viewer).toEqual(base.viewer);
});

test('min results: the counts are used (the per-viewer flags never are)', () => {
  const next = applyPollUpdate(base, update({ results: { ...update({}).results!, min: true } }))!;
  expect(next.questions[0]!.answers.map((a) => a.votes)).toEqual([1, 2]);
});

test('no counts: only a close is applied, otherwise nothing (null)', () => {
  const hidden = { min: true, totalVoters: 3, rows: [{ optionId: option(0), voters: null }] };
  expect(applyPollUpdate(base, update({ results: hidden }))).toBeNull();
  expect(applyPollUpdate(base, update({ results: null }))).toBeNull();
  const closed = applyPollUpdate(base, update({ results: null, closed: true }))!;
  expect(closed.finished).toBe(true);
  expect(closed.totalVotes).toBe(0);
  expect(closed.actions).toMatchObject({ vote: false, retract: false, close: false });
});

test('an update without the poll keeps finished as it was', () => {
  expect(applyPollUpdate(base, update({ closed: null }))!.finished).toBe(false);
});
