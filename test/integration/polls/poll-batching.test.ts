/**
 * docs/architecture.md §6 over real HTTP: all poll reads of one operation cost ceil(n/50) portal requests; a
 * missing or unreadable poll costs at most one extra request (a `batch` of gets) for its chunk;
 * viewer state is per user even for concurrent queries of the same polls.
 */
import { POLLS_QUERY } from './poll-fragments.js';
import { gql, lastSeq, restPoll, startPollHarness, type PollHarness } from './polls-harness.js';

let h: PollHarness;
let messageIds: number[];

beforeAll(async () => {
  h = await startPollHarness();
  messageIds = [];
  // Sequential: chat messages get increasing ids, so "chunk k" below is predictable.
  for (let i = 0; i < 120; i++) messageIds.push((await restPoll(h)).messageId);
});
afterAll(async () => {
  await h.close();
});

interface Traffic {
  requests: number;
  methods: string[];
}

/** Runs `fn` and reports the portal HTTP requests and executed methods it caused. */
async function traffic(fn: () => Promise<unknown>): Promise<Traffic> {
  const seq = lastSeq(h);
  const before = h.emulator.httpRequests();
  await fn();
  return {
    requests: h.emulator.httpRequests() - before,
    methods: h.emulator
      .calls()
      .filter((c) => c.seq > seq)
      .map((c) => (c.batched ? `batched:${c.method}` : c.method)),
  };
}

const count = (methods: string[], name: string) => methods.filter((m) => m === name).length;

it('120 polls in one query: 3 getMany requests, order kept', async () => {
  let data: any;
  const t = await traffic(async () => {
    data = await gql(h, 1, POLLS_QUERY, { ids: messageIds });
  });
  expect(data.errors).toBeUndefined();
  expect(data.data.polls.map((p: { messageId: number }) => p.messageId)).toEqual(messageIds);
  expect(t.requests).toBe(3);
  expect(t.methods).toEqual([
    'vote.AttachedVote.getMany',
    'vote.AttachedVote.getMany',
    'vote.AttachedVote.getMany',
  ]);
});

it('2 missing among 120, in the same chunk: 4 requests (one batch of gets for that chunk), nulls in place', async () => {
  const ids = [...messageIds];
  ids[10] = 900001;
  ids[20] = 900002;
  let data: any;
  const t = await traffic(async () => {
    data = await gql(h, 1, POLLS_QUERY, { ids });
  });
  expect(data.errors).toBeUndefined();
  expect(data.data.polls[10]).toBeNull();
  expect(data.data.polls[20]).toBeNull();
  expect(data.data.polls.filter((p: unknown) => p !== null)).toHaveLength(118);
  expect(data.data.polls[11].messageId).toBe(ids[11]);
  expect(t.requests).toBe(4);
  expect(count(t.methods, 'batch')).toBe(1);
  expect(count(t.methods, 'batched:vote.AttachedVote.get')).toBe(50);
});

it('2 unreadable/missing among 120, in different chunks: 5 requests (+1 per affected chunk)', async () => {
  const foreign = await restPoll(h, { chatId: 2, userId: 2 }); // user 3 is not in chat2
  const ids = [...messageIds];
  ids[5] = foreign.messageId;
  ids[115] = 900003;
  let data: any;
  const t = await traffic(async () => {
    data = await gql(h, 3, POLLS_QUERY, { ids });
  });
  expect(data.errors).toBeUndefined();
  expect(data.data.polls[5]).toBeNull();
  expect(data.data.polls[115]).toBeNull();
  expect(data.data.polls.filter((p: unknown) => p !== null)).toHaveLength(118);
  expect(t.requests).toBe(5);
  expect(count(t.methods, 'vote.AttachedVote.getMany')).toBe(3);
  expect(count(t.methods, 'batch')).toBe(2);
});

it('reads of one operation share the loader: aliases, poll(ref) and polls() cost one request', async () => {
  const [a, b] = messageIds as [number, number];
  const query = `query($a: Int!, $b: Int!) {
    one: poll(ref: { messageId: $a }) { attachId }
    two: poll(ref: { messageId: $b }) { attachId }
    list: polls(messageIds: [$a, $b, $a]) { messageId }
  }`;
  let data: any;
  const t = await traffic(async () => {
    data = await gql(h, 1, query, { a, b });
  });
  expect(data.data.list.map((p: { messageId: number }) => p.messageId)).toEqual([a, b, a]);
  expect(t.requests).toBe(1);
});

it('polls addressed by attachId are read with one batch of gets', async () => {
  const attachIds = [] as number[];
  const t0 = await traffic(async () => {
    const polls = await gql(h, 1, POLLS_QUERY, { ids: messageIds.slice(0, 3) });
    attachIds.push(...polls.data!.polls.map((p: { attachId: number }) => p.attachId));
  });
  expect(t0.requests).toBe(1);
  const query = `query($x: Int!, $y: Int!, $z: Int!) {
    x: poll(ref: { attachId: $x }) { messageId } y: poll(ref: { attachId: $y }) { messageId }
    z: poll(ref: { attachId: $z }) { messageId }
  }`;
  let data: any;
  const t = await traffic(async () => {
    data = await gql(h, 1, query, { x: attachIds[0], y: attachIds[1], z: attachIds[2] });
  });
  expect(data.data.z.messageId).toBe(messageIds[2]);
  expect(t.requests).toBe(1);
  expect(count(t.methods, 'batch')).toBe(1);
  expect(count(t.methods, 'batched:vote.AttachedVote.get')).toBe(3);
});

it('two users querying the same polls concurrently each get their own viewer state', async () => {
  const ids = messageIds.slice(0, 60);
  // User 2 votes in every other poll.
  const polls = (
    await gql(
      h,
      2,
      `query($ids: [Int!]!) { polls(messageIds: $ids) { attachId questions { answers { answerId } } } }`,
      { ids },
    )
  ).data!.polls as {
    attachId: number;
    questions: { answers: { answerId: number }[] }[];
  }[];
  await Promise.all(
    polls
      .filter((_, i) => i % 2 === 0)
      .map((p) =>
        gql(
          h,
          2,
          `mutation($a: Int!, $x: Int!) { castBallot(input: { ref: { attachId: $a }, answerIds: [$x] }) { __typename } }`,
          {
            a: p.attachId,
            x: p.questions[0]!.answers[0]!.answerId,
          },
        ),
      ),
  );
  const [asBoris, asClara] = await Promise.all([
    gql(h, 2, POLLS_QUERY, { ids }),
    gql(h, 3, POLLS_QUERY, { ids }),
  ]);
  const voted = (body: typeof asBoris) =>
    body.data!.polls.map((p: { viewer: { hasVoted: boolean } }) => p.viewer.hasVoted);
  expect(voted(asBoris)).toEqual(ids.map((_, i) => i % 2 === 0));
  expect(voted(asClara)).toEqual(ids.map(() => false));
});

it('voter lists of every answer of a poll cost one batch request', async () => {
  const [m] = messageIds as [number];
  const query = `query($m: Int!) { poll(ref: { messageId: $m }) {
    questions { answers { voters(first: 5) { totalCount edges { node { userId } } } } } } }`;
  let data: any;
  const t = await traffic(async () => {
    data = await gql(h, 1, query, { m });
  });
  expect(data.errors).toBeUndefined();
  expect(data.data.poll.questions[0].answers[0].voters.edges).toEqual([{ node: { userId: 2 } }]);
  expect(t.requests).toBe(2); // getMany + one batch of getAnswerVoted
  expect(count(t.methods, 'batched:vote.AttachedVote.getAnswerVoted')).toBe(2);
});
