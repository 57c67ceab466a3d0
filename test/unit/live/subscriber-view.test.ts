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

test("another user's event carries the aggregate and keeps the subscriber's own choices", () => {
  const view = subscriberView({ pollId: 'p', poll: base, actorKey: 'them', source: 'MUTATION' }, mine, 'me');
  expect(view.totalVotes).toBe(1);
  expect(view.viewer).toEqual(mine);
});

test("the subscriber's own event replaces its viewer part", () => {
  const view = subscriberView({ pollId: 'p', poll: base, actorKey: 'me', source: 'MUTATION' }, mine, 'me');
  expect(view.viewer).toEqual(base.viewer);
});

test('a stop takes voting and revoting away; a resume gives back what the subscriber had', () => {
  const stopped = subscriberView(
    { pollId: 'p', poll: { ...base, finished: true }, source: 'WATCHER' },
    mine,
    'me',
  );
  expect(stopped.viewer).toMatchObject({ canVote: false, canRevote: false, canEdit: true, hasVoted: false });
  const resumed = subscriberView({ pollId: 'p', poll: base, source: 'WATCHER' }, stopped.viewer, 'me');
  expect(resumed.viewer).toMatchObject({ canVote: true, canRevote: true });
});
