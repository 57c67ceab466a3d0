import type { Poll } from '../../../src/polls/poll.model.js';
import { subscriberView } from '../../../src/live/subscriber-view.js';

const base: Poll = {
  attachId: 7,
  voteId: 7,
  messageId: 3,
  signedAttachId: '7.x',
  anonymous: false,
  revoteAllowed: true,
  finished: false,
  totalVotes: 1,
  resultUrl: null,
  downloadUrl: null,
  questions: [],
  viewer: {
    canVote: false,
    canRevote: true,
    canEdit: false,
    hasVoted: true,
    myAnswers: [{ questionId: 1, answerIds: [2] }],
  },
};
const mine = { canVote: true, canRevote: true, canEdit: true, hasVoted: false, myAnswers: [] };
const own: Poll = { ...base, totalVotes: 0, viewer: mine };

test("another user's event carries the aggregate and keeps the subscriber's own choices", () => {
  const view = subscriberView({ pollId: 'p', poll: base, actorKey: 'them', source: 'MUTATION' }, own, 'me');
  expect(view.totalVotes).toBe(1);
  expect(view.viewer).toEqual(mine);
});

test("the subscriber's own event replaces its viewer part", () => {
  const view = subscriberView({ pollId: 'p', poll: base, actorKey: 'me', source: 'MUTATION' }, own, 'me');
  expect(view.viewer).toEqual(base.viewer);
});

test('a stop takes voting and revoting away; a resume gives back what the subscriber had', () => {
  const stopped = subscriberView(
    { pollId: 'p', poll: { ...base, finished: true }, source: 'WATCHER' },
    own,
    'me',
  );
  expect(stopped.viewer).toMatchObject({ canVote: false, canRevote: false, canEdit: true, hasVoted: false });
  const resumed = subscriberView({ pollId: 'p', poll: base, source: 'WATCHER' }, stopped, 'me');
  expect(resumed.viewer).toMatchObject({ canVote: true, canRevote: true });
});

// A Telegram quiz as user 2 sees it after their vote (the event of their mutation), and as user 1,
// its author who has not voted, saw it when subscribing.
const answers = (correct: boolean | null) => [
  { id: 1, text: 'Lyon', sort: 1, votes: 1, percent: 100, correct: correct === null ? null : !correct },
  { id: 2, text: 'Paris', sort: 2, votes: 0, percent: 0, correct },
];
const question = (correct: boolean | null) => ({
  id: 1,
  text: 'Capital?',
  sort: 1,
  multipleChoice: false,
  totalVotes: 1,
  answers: answers(correct),
});
const theirActions = {
  vote: false,
  retract: false,
  close: false,
  reopen: false,
  listVoters: true,
  quiz: true,
};
const myActions = { vote: true, retract: false, close: true, reopen: false, listVoters: true, quiz: true };
const theirQuiz: Poll = {
  ...base,
  revoteAllowed: false,
  questions: [question(true)],
  actions: theirActions,
  quiz: { explanation: 'It is Paris.' },
};
const myQuiz: Poll = {
  ...theirQuiz,
  totalVotes: 0,
  viewer: mine,
  questions: [question(null)],
  actions: myActions,
  quiz: { explanation: null },
};

test("another user's event keeps the subscriber's own actions (the author may still close and vote)", () => {
  const view = subscriberView(
    { pollId: 'p', poll: theirQuiz, actorKey: 'them', source: 'MUTATION' },
    myQuiz,
    'me',
  );
  expect(view.totalVotes).toBe(1);
  expect(view.actions).toEqual(myActions);
  const closed = subscriberView(
    { pollId: 'p', poll: { ...theirQuiz, finished: true }, source: 'WATCHER' },
    view,
    'me',
  );
  expect(closed.actions).toMatchObject({ vote: false, retract: false, close: false, reopen: false });
});

test("another user's vote does not reveal a quiz's correct answer; a close does", () => {
  const view = subscriberView(
    { pollId: 'p', poll: theirQuiz, actorKey: 'them', source: 'MUTATION' },
    myQuiz,
    'me',
  );
  expect(view.questions[0]!.answers.map((a) => a.correct)).toEqual([null, null]);
  expect(view.quiz).toEqual({ explanation: null });
  expect(view.questions[0]!.answers.map((a) => a.votes)).toEqual([1, 0]);
  const closed = subscriberView(
    { pollId: 'p', poll: { ...theirQuiz, finished: true }, source: 'WATCHER' },
    view,
    'me',
  );
  expect(closed.questions[0]!.answers.map((a) => a.correct)).toEqual([false, true]);
});
