/**
 * The GraphQL edge limits over HTTP, as an anonymous or careless client meets them: introspection
 * is bounded like any query (aliases, tokens, cost), a normal client introspection still works
 * without a token, and portal-calling fields are charged so that alias bombs never reach the portal.
 */
import { getIntrospectionQuery } from 'graphql';
import { postGraphQL, portalRequests, startHarness, type Harness } from './facade-harness.js';

const DEV_TOKEN = { authorization: 'Bearer dev-token-1' };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const TYPES = '__schema { types { name fields { name type { name kind } } } }';

describe('introspection', () => {
  it('a full client introspection passes without a token', async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      inputValueDeprecation: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
    });
    const reply = await postGraphQL(h.facade, query);
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data?.__schema?.types?.length).toBeGreaterThan(50);
  });

  it('the 1 MB alias bomb (7,400 aliased __schema) is refused by the token cap, without a token', async () => {
    const aliases = Array.from({ length: 7400 }, (_, i) => `a${i}: ${TYPES}`).join(' ');
    const reply = await postGraphQL(h.facade, `{ ${aliases} }`);
    expect(reply.status).toBe(400);
    expect(reply.body.data).toBeUndefined();
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(reply.body.errors?.[0]?.message).toMatch(/tokens/);
  });

  it('more aliases than GRAPHQL_MAX_ALIASES are refused', async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ');
    const reply = await postGraphQL(h.facade, `{ ${aliases} }`);
    expect(reply.status).toBe(400);
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_MANY_ALIASES',
      details: { aliases: 101, maxAliases: 100 },
    });
  });

  it('aliased introspection within the alias cap is refused by the cost limit', async () => {
    const aliases = Array.from({ length: 99 }, (_, i) => `a${i}: ${TYPES}`).join(' ');
    const reply = await postGraphQL(h.facade, `{ ${aliases} }`);
    expect(reply.status).toBe(400);
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COSTLY',
    });
  });
});

describe('portal work is charged', () => {
  it('99 aliased recentChats(first: 1) are refused before any portal call', async () => {
    const before = await portalRequests(h.emulator);
    const aliases = Array.from({ length: 99 }, (_, i) => `a${i}: recentChats(first: 1) { edges { cursor } }`);
    const reply = await postGraphQL(h.facade, `{ ${aliases.join(' ')} }`, DEV_TOKEN);
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COSTLY',
    });
    expect(await portalRequests(h.emulator)).toBe(before);
  });

  it('99 aliased sendPoll are refused before any portal call (no poll created)', async () => {
    const before = await portalRequests(h.emulator);
    const one = 'sendPoll(input: {dialogId: "chat1", question: "Q?", answers: ["a", "b"]}) { __typename }';
    const aliases = Array.from({ length: 99 }, (_, i) => `a${i}: ${one}`);
    const reply = await postGraphQL(h.facade, `mutation { ${aliases.join(' ')} }`, DEV_TOKEN);
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COSTLY',
    });
    expect(await portalRequests(h.emulator)).toBe(before);
  });

  it('a 500-id polls read with a realistic selection passes the default limits', async () => {
    const ids = Array.from({ length: 500 }, (_, i) => i + 1);
    const reply = await postGraphQL(
      h.facade,
      `query ChatPolls($ids: [Int!]!) { polls(messageIds: $ids) { messageId finished totalVotes
        viewer { canVote hasVoted myAnswers { questionId answerIds } }
        questions { text multipleChoice answers { answerId text votes percent } } } }`,
      DEV_TOKEN,
      { ids },
    );
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data?.polls).toHaveLength(500);
  });
});
