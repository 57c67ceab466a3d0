/**
 * The poll flow through the facade over real HTTP: user 1 posts polls to chat1, users 2..5 vote
 * concurrently, everyone sees the right counts and their own viewer state; anonymity, revoting,
 * recall, stop/resume, membership and idempotency behave as the portal's.
 */
import {
  CAST_BALLOT,
  POLL_QUERY,
  POLL_VOTERS,
  RECALL_BALLOT,
  RESUME_POLL,
  SEND_POLL,
  STOP_POLL,
} from './poll-fragments.js';
import { gql, lastSeq, methodsSince, startPollHarness, type PollHarness } from './polls-harness.js';

let h: PollHarness;
beforeAll(async () => {
  h = await startPollHarness();
});
afterAll(async () => {
  await h.close();
});

interface PollData {
  id: string;
  messageId: number;
  attachId: number;
  signedAttachId: string;
  finished: boolean;
  totalVotes: number;
  questions: {
    questionId: number;
    multipleChoice: boolean;
    totalVotes: number;
    answers: { answerId: number; votes: number; percent: number }[];
  }[];
  viewer: {
    canVote: boolean;
    canRevote: boolean;
    canEdit: boolean;
    hasVoted: boolean;
    myAnswers: { questionId: number; answerIds: number[] }[];
  };
}

async function send(input: Record<string, unknown>, userId = 1): Promise<PollData> {
  const body = await gql(h, userId, SEND_POLL, {
    input: { chatId: 1, question: 'Lunch?', answers: ['Pizza', 'Sushi', 'Salad'], ...input },
  });
  expect(body.errors).toBeUndefined();
  expect(body.data?.sendPoll.__typename).toBe('SendPollSuccess');
  return body.data?.sendPoll.poll as PollData;
}

async function vote(userId: number, ref: Record<string, unknown>, answerIds: number[]) {
  const body = await gql(h, userId, CAST_BALLOT, { input: { ref, answerIds } });
  expect(body.errors).toBeUndefined();
  return body.data?.castBallot as Record<string, any>;
}

async function read(userId: number, ref: Record<string, unknown>): Promise<PollData | null> {
  const body = await gql(h, userId, POLL_QUERY, { ref });
  expect(body.errors).toBeUndefined();
  return body.data?.poll as PollData | null;
}

const answerIdsOf = (poll: PollData): number[] => poll.questions[0]!.answers.map((a) => a.answerId);

describe('sendPoll', () => {
  it('posts a poll to chat1 and returns it as the author sees it', async () => {
    const poll = await send({
      chatId: null,
      dialogId: 'chat1',
      multipleChoice: true,
      clientMutationId: 'c-1',
    });
    expect(poll.messageId).toBeGreaterThan(0);
    expect(poll.attachId).toBeGreaterThan(0);
    expect(Buffer.from(poll.id, 'base64').toString()).toBe(`b24:Poll:${poll.attachId}`);
    expect(poll.signedAttachId).toMatch(/^\d+\.[0-9a-f]{64}$/);
    expect(poll.questions).toHaveLength(1);
    expect(poll.questions[0]!.multipleChoice).toBe(true);
    expect(poll.questions[0]!.answers.map((a) => a.votes)).toEqual([0, 0, 0]);
    expect(poll.viewer).toEqual({
      canVote: true,
      canRevote: false,
      canEdit: true,
      hasVoted: false,
      myAnswers: [],
    });
  });

  it('an idempotency key makes a repeated sendPoll return the first poll and create nothing', async () => {
    const input = { chatId: 1, question: 'Retry?', answers: ['Yes', 'No'], idempotencyKey: 'key-flow-1' };
    const first = await gql(h, 1, SEND_POLL, { input });
    const from = lastSeq(h);
    const again = await gql(h, 1, SEND_POLL, { input });
    expect(again.data?.sendPoll.poll.messageId).toBe(first.data?.sendPoll.poll.messageId);
    expect(again.data?.sendPoll.poll.attachId).toBe(first.data?.sendPoll.poll.attachId);
    // The portal saw the send again (it de-duplicates by templateId), and created no new poll.
    expect(methodsSince(h, from)).toContain('vote.Integration.Im.send');
    const polls = h.emulator.state.polls.size;
    await gql(h, 1, SEND_POLL, { input });
    expect(h.emulator.state.polls.size).toBe(polls);
  });

  it('a user outside the chat gets ChatNotFound', async () => {
    const body = await gql(h, 3, SEND_POLL, { input: { chatId: 2, question: 'Q', answers: ['A', 'B'] } });
    expect(body.data?.sendPoll).toMatchObject({ __typename: 'ChatNotFound', code: 'CHAT_NOT_FOUND' });
  });
});

describe('voting', () => {
  it('users 2..5 vote concurrently on a single-choice poll; counts, percentages and viewers are right', async () => {
    const poll = await send({});
    const [pizza, sushi, salad] = answerIdsOf(poll) as [number, number, number];
    const ref = { messageId: poll.messageId };
    const results = await Promise.all([
      vote(2, ref, [pizza]),
      vote(3, ref, [pizza]),
      vote(4, ref, [sushi]),
      vote(5, ref, [pizza]),
    ]);
    for (const r of results) expect(r.__typename).toBe('CastBallotSuccess');
    expect(results[2]!.ballot.choices).toEqual([
      { questionId: poll.questions[0]!.questionId, answerIds: [sushi] },
    ]);

    const asAuthor = await read(1, ref);
    expect(asAuthor!.totalVotes).toBe(4);
    expect(asAuthor!.questions[0]!.answers.map((a) => [a.votes, a.percent])).toEqual([
      [3, 75],
      [1, 25],
      [0, 0],
    ]);
    expect(asAuthor!.viewer).toMatchObject({ hasVoted: false, canVote: true, canEdit: true });
    const asDaniel = await read(4, { attachId: poll.attachId });
    expect(asDaniel!.viewer).toMatchObject({ hasVoted: true, canVote: false, canEdit: false });
    expect(asDaniel!.viewer.myAnswers[0]!.answerIds).toEqual([sushi]);
    const asBoris = await read(2, { signedAttachId: poll.signedAttachId });
    expect(asBoris!.viewer.myAnswers[0]!.answerIds).toEqual([pizza]);
    expect(salad).toBeGreaterThan(0);
  });

  it('multiple choice: several answers per ballot, percentages per answering user', async () => {
    const poll = await send({ multipleChoice: true, answers: ['A', 'B', 'C'] });
    const [a, b, c] = answerIdsOf(poll) as [number, number, number];
    const ref = { messageId: poll.messageId };
    await Promise.all([vote(2, ref, [a, b]), vote(3, ref, [a]), vote(4, ref, [a, b, c])]);
    const after = await read(5, ref);
    expect(after!.questions[0]!.totalVotes).toBe(3);
    expect(after!.questions[0]!.answers.map((x) => [x.votes, x.percent])).toEqual([
      [3, 100],
      [2, 66.67],
      [1, 33.33],
    ]);
  });

  it('a single-choice poll refuses two answers before any portal vote call', async () => {
    const poll = await send({});
    const from = lastSeq(h);
    const result = await vote(2, { messageId: poll.messageId }, answerIdsOf(poll).slice(0, 2));
    expect(result).toMatchObject({
      __typename: 'ValidationFailed',
      field: 'input.answerIds',
      constraint: 'singleChoice',
    });
    expect(methodsSince(h, from)).toEqual(['vote.AttachedVote.getMany']);
  });

  it('revoting off (OPTIONS 0): a second ballot is RevoteNotAllowed, the same one AlreadyVoted; recall refused', async () => {
    const poll = await send({});
    const [x, y] = answerIdsOf(poll) as [number, number];
    const ref = { messageId: poll.messageId };
    expect((await vote(2, ref, [x])).__typename).toBe('CastBallotSuccess');
    expect(await vote(2, ref, [y])).toMatchObject({
      __typename: 'RevoteNotAllowed',
      code: 'REVOTE_NOT_ALLOWED',
    });
    expect(await vote(2, ref, [x])).toMatchObject({ __typename: 'AlreadyVoted', code: 'ALREADY_VOTED' });
    const recall = await gql(h, 2, RECALL_BALLOT, { input: { ref } });
    expect(recall.data?.recallBallot).toMatchObject({ __typename: 'RevoteNotAllowed' });
    expect((await read(2, ref))!.viewer.myAnswers[0]!.answerIds).toEqual([x]);
  });

  it('revoting on (OPTIONS 1): a new ballot replaces the old one, recall withdraws it', async () => {
    const poll = await send({ revoteAllowed: true });
    const [x, y] = answerIdsOf(poll) as [number, number];
    const ref = { attachId: poll.attachId };
    await vote(3, ref, [x]);
    const changed = await vote(3, ref, [y]);
    expect(changed.__typename).toBe('CastBallotSuccess');
    expect(changed.poll.questions[0].answers.map((a: { votes: number }) => a.votes)).toEqual([0, 1, 0]);
    expect(changed.poll.viewer).toMatchObject({ hasVoted: true, canRevote: true });
    const recall = await gql(h, 3, RECALL_BALLOT, { input: { ref } });
    expect(recall.data?.recallBallot.__typename).toBe('RecallBallotSuccess');
    expect(recall.data?.recallBallot.poll.viewer).toMatchObject({
      hasVoted: false,
      canVote: true,
      myAnswers: [],
    });
    expect(recall.data?.recallBallot.poll.totalVotes).toBe(0);
  });

  it('stop closes the poll for everyone, resume opens it again; only the author may', async () => {
    const poll = await send({});
    const ref = { messageId: poll.messageId };
    const denied = await gql(h, 2, STOP_POLL, { input: { ref } });
    expect(denied.data?.stopPoll).toMatchObject({
      __typename: 'PermissionDenied',
      code: 'PERMISSION_DENIED',
    });
    const stopped = await gql(h, 1, STOP_POLL, { input: { ref } });
    expect(stopped.data?.stopPoll.__typename).toBe('StopPollSuccess');
    expect(stopped.data?.stopPoll.poll).toMatchObject({ finished: true, viewer: { canVote: false } });
    expect(await vote(2, ref, [answerIdsOf(poll)[0]!])).toMatchObject({ __typename: 'PollClosed' });
    const resumed = await gql(h, 1, RESUME_POLL, { input: { ref } });
    expect(resumed.data?.resumePoll.poll).toMatchObject({ finished: false, viewer: { canVote: true } });
    expect((await vote(2, ref, [answerIdsOf(poll)[0]!])).__typename).toBe('CastBallotSuccess');
  });

  it('a user outside chat2 gets PermissionDenied (vote), null-free FORBIDDEN (query)', async () => {
    const poll = await send({ chatId: 2 });
    const ref = { messageId: poll.messageId };
    expect(await vote(3, ref, [answerIdsOf(poll)[0]!])).toMatchObject({
      __typename: 'PermissionDenied',
      code: 'PERMISSION_DENIED',
    });
    const query = await gql(h, 3, POLL_QUERY, { ref });
    expect(query.data?.poll).toBeNull();
    expect(query.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
    expect((await vote(2, ref, [answerIdsOf(poll)[0]!])).__typename).toBe('CastBallotSuccess');
  });

  it('an unknown poll is null in a query and PollNotFound in a mutation', async () => {
    expect(await read(1, { messageId: 987654 })).toBeNull();
    expect(await vote(1, { attachId: 987654 }, [1])).toMatchObject({ __typename: 'PollNotFound' });
  });
});

describe('voters', () => {
  it('pages through the voters of an answer; anonymous polls hide them without a portal call', async () => {
    const poll = await send({ answers: ['Yes', 'No'] });
    const [yes] = answerIdsOf(poll) as [number];
    const ref = { messageId: poll.messageId };
    for (const userId of [2, 3, 4, 5]) await vote(userId, ref, [yes]);
    const page1 = await gql(h, 1, POLL_VOTERS, { ref, first: 3 });
    expect(page1.errors).toBeUndefined();
    const voters1 = page1.data?.poll.questions[0].answers[0].voters;
    expect(voters1.totalCount).toBe(4);
    expect(voters1.hidden).toBe(false);
    expect(voters1.edges.map((e: any) => e.node.userId)).toEqual([2, 3, 4]);
    expect(voters1.edges[0].node).toMatchObject({ name: 'Boris Petrov', workPosition: 'Sales manager' });
    expect(voters1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2 = await gql(h, 1, POLL_VOTERS, { ref, first: 3, after: voters1.pageInfo.endCursor });
    const voters2 = page2.data?.poll.questions[0].answers[0].voters;
    expect(voters2.edges.map((e: any) => e.node.userId)).toEqual([5]);
    expect(voters2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const secret = await send({ anonymous: true, answers: ['Yes', 'No'] });
    await vote(2, { messageId: secret.messageId }, [answerIdsOf(secret)[0]!]);
    const from = lastSeq(h);
    const hidden = await gql(h, 1, POLL_VOTERS, { ref: { messageId: secret.messageId } });
    expect(hidden.data?.poll.anonymous).toBe(true);
    expect(hidden.data?.poll.questions[0].answers[0]).toMatchObject({
      votes: 1,
      voters: { totalCount: 0, hidden: true, edges: [] },
    });
    expect(methodsSince(h, from)).toEqual(['vote.AttachedVote.getMany']);
  });
});
