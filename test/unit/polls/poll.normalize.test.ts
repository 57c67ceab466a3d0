import {
  normalizeAttach,
  normalizeVoted,
  normalizeVoter,
} from '../../../src/backends/bitrix24/polls/poll.normalize.js';
import type { RawAttach } from '../../../src/polls/poll.model.js';
import { fixture } from '../portal/fixtures.js';

const ORIGIN = 'https://portal.example.com';

describe('normalizeAttach (documented examples)', () => {
  it('vote.AttachedVote.get: string counters, id-keyed maps, non-contiguous answer ids', () => {
    // The printed get example has no `result` wrapper (docs/bitrix24-contract.md §10 #7): its attach is top level.
    const poll = normalizeAttach(fixture('vote.attachedvote.get.success').attach, ORIGIN);
    expect(poll).toMatchObject({
      attachId: 1,
      voteId: 1,
      messageId: 13,
      anonymous: true,
      revoteAllowed: true,
      finished: false,
      totalVotes: 1,
      resultUrl: `${ORIGIN}/vote-result/me7hn922bm011mbf`,
    });
    expect(poll.downloadUrl).toMatch(
      /^https:\/\/portal\.example\.com\/bitrix\/services\/main\/ajax\.php\?action=/,
    );
    expect(poll.signedAttachId).toMatch(/^1\.[0-9a-f]{64}$/);
    expect(poll.questions).toHaveLength(1);
    const [q] = poll.questions;
    expect(q).toMatchObject({ id: 1, text: 'How are you?', sort: 10, multipleChoice: false, totalVotes: 1 });
    expect(q!.answers).toEqual([
      { id: 1, text: 'Great!', sort: 10, votes: 1, percent: 100 },
      { id: 3, text: 'Best of all!', sort: 20, votes: 0, percent: 0 },
      { id: 5, text: "What's up??", sort: 30, votes: 0, percent: 0 },
    ]);
    expect(poll.viewer).toEqual({
      canVote: false,
      canRevote: true,
      canEdit: true,
      hasVoted: true,
      myAnswers: [{ questionId: 1, answerIds: [1] }],
    });
  });

  it('vote.AttachedVote.vote: touched counters are numbers, the others strings', () => {
    const poll = normalizeAttach(fixture('vote.attachedvote.vote.success').result.attach, ORIGIN);
    expect(poll.questions[0]!.totalVotes).toBe(1);
    expect(poll.questions[0]!.answers.map((a) => a.votes)).toEqual([1, 0, 0]);
    expect(poll.viewer.myAnswers).toEqual([{ questionId: 1, answerIds: [1] }]);
  });

  it('vote.AttachedVote.recall: userAnswerMap [] gives no answers and hasVoted false', () => {
    const poll = normalizeAttach(fixture('vote.attachedvote.recall.success').result.attach, ORIGIN);
    expect(poll.viewer).toEqual({
      canVote: true,
      canRevote: true,
      canEdit: true,
      hasVoted: false,
      myAnswers: [],
    });
    expect(poll.totalVotes).toBe(0);
    expect(poll.questions[0]!.answers.every((a) => a.votes === 0)).toBe(true);
  });

  it('getMany items are bare Attach objects, matched by entityId', () => {
    const items = fixture('vote.attachedvote.getMany.success').result.items as RawAttach[];
    const polls = items.map((i) => normalizeAttach(i, ORIGIN));
    expect(polls.map((p) => p.messageId)).toEqual(items.map((i) => Number(i.entityId)));
  });

  it('sorts questions and answers by sort then id, whatever the key order', () => {
    const raw: RawAttach = {
      ID: '7',
      VOTE_ID: '9',
      COUNTER: '3',
      ANONYMITY: '0',
      OPTIONS: '0',
      entityId: '55',
      QUESTIONS: {
        '4': {
          ID: '4',
          C_SORT: '10',
          COUNTER: '3',
          QUESTION: 'Q',
          FIELD_TYPE: '1',
          ANSWERS: {
            '12': { ID: '12', C_SORT: '30', MESSAGE: 'c', COUNTER: '1', PERCENT: 33 },
            '10': { ID: '10', C_SORT: '10', MESSAGE: 'a', COUNTER: 2, PERCENT: '67' },
            '11': { ID: '11', C_SORT: '10', MESSAGE: 'b', COUNTER: '0', PERCENT: 0 },
          },
        },
      },
      userAnswerMap: [],
      resultUrl: '',
      downloadUrl: null,
    };
    const poll = normalizeAttach(raw, ORIGIN);
    expect(poll).toMatchObject({
      attachId: 7,
      voteId: 9,
      messageId: 55,
      anonymous: false,
      revoteAllowed: false,
    });
    expect(poll.questions[0]!.multipleChoice).toBe(true);
    expect(poll.questions[0]!.answers.map((a) => a.id)).toEqual([10, 11, 12]);
    expect(poll.questions[0]!.answers[0]!.percent).toBe(67);
    expect(poll.resultUrl).toBeNull();
    expect(poll.downloadUrl).toBeNull();
    expect(poll.viewer.hasVoted).toBe(false);
  });

  it('accepts [] for QUESTIONS and ANSWERS', () => {
    const poll = normalizeAttach({ ID: 1, VOTE_ID: 1, QUESTIONS: [] }, ORIGIN);
    expect(poll.questions).toEqual([]);
  });
});

describe('voters', () => {
  it('getWithVoted: voted is keyed by answer id', () => {
    const { result } = fixture('vote.attachedvote.getWithVoted.success');
    const voters = normalizeVoted(result.voted);
    expect([...voters.keys()]).toEqual([3]);
    expect(voters.get(3)![0]).toMatchObject({ id: 1, name: 'Alex', workPosition: null });
    expect(voters.get(3)![0]!.imageUrl).toMatch(/^https:\/\/your-domain\.bitrix24\.com\//);
    // The escaped `\/` and `\u0026` decode as ordinary JSON.
    expect(normalizeAttach(result.attach, ORIGIN).downloadUrl).toContain('&SITE_ID=s1&');
  });

  it('voted [] (nobody voted, or anonymous) is an empty map', () => {
    expect(normalizeVoted([]).size).toBe(0);
  });

  it('VotedUser → Voter', () => {
    const [raw] = fixture('vote.attachedvote.getAnswerVoted.success').result.items;
    expect(normalizeVoter(raw)).toEqual({ id: 1, name: 'Alex', imageUrl: raw.IMAGE, workPosition: null });
    expect(normalizeVoter({ ID: '2', NAME: 'B', IMAGE: false, WORK_POSITION: 'Dev' })).toEqual({
      id: 2,
      name: 'B',
      imageUrl: null,
      workPosition: 'Dev',
    });
  });
});
