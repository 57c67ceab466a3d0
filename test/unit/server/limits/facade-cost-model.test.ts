/**
 * The facade's cost model on the real schema with the default limits: introspection is counted
 * but a normal client introspection passes; portal work is charged, so alias bombs of
 * portal-calling fields are refused while the documented maxima (500 polls) pass.
 */
import 'reflect-metadata';
import {
  getIntrospectionQuery,
  Kind,
  parse,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { loadConfig } from '../../../../src/config/config.js';
import { FACADE_PORTAL_WORK, TELEGRAM_CHAT_POLLS_CALLS } from '../../../../src/graphql/limits/portal-work.js';
import { fragmentsOf, operationCost, operationDepth } from '../../../../src/graphql/limits/query-limits.js';
import { buildFacadeSchema } from '../../../../src/app/schema.js';
import { CHAT_POLLS_MAX_HISTORY_READS } from '../../../../src/polls/chat-polls.model.js';

const defaults = loadConfig({}).limits;
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildFacadeSchema();
});

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = fragmentsOf(document.definitions);
  return {
    depth: operationDepth(operation, fragments),
    cost: operationCost(schema, operation, fragments, {
      variables,
      defaultListSize: defaults.defaultListSize,
      portalWork: FACADE_PORTAL_WORK,
    }),
  };
}

const fullIntrospection = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  inputValueDeprecation: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
});

const POLL_SELECTION = `messageId finished totalVotes
  viewer { canVote hasVoted myAnswers { questionId answerIds } }
  questions { text multipleChoice answers { answerId text votes percent } }`;

describe('introspection in the limits', () => {
  it('a full client introspection (Sandbox, codegen) passes the default limits, and is not free', () => {
    const { depth, cost } = measure(fullIntrospection);
    expect(cost).toBeGreaterThan(100);
    expect(cost).toBeLessThanOrEqual(defaults.maxCost);
    expect(depth).toBeGreaterThan(1);
    expect(depth).toBeLessThanOrEqual(defaults.maxDepth);
  });

  it('repeated introspection under aliases costs in proportion and is refused', () => {
    const one = measure('{ __schema { types { name fields { name type { name } } } } }').cost;
    const aliases = Array.from(
      { length: 200 },
      (_, i) => `a${i}: __schema { types { name fields { name type { name } } } }`,
    );
    const many = measure(`{ ${aliases.join(' ')} }`).cost;
    expect(many).toBe(200 * one);
    expect(many).toBeGreaterThan(defaults.maxCost);
  });

  it('nested introspection lists multiply (types x fields x type.fields)', () => {
    const level = (inner: string) => `fields { type { ${inner} } }`;
    const nested = measure(`{ __schema { types { ${level(level(level(level('name'))))} } } }`);
    expect(nested.depth).toBeLessThanOrEqual(defaults.maxDepth);
    expect(nested.cost).toBeGreaterThan(defaults.maxCost);
  });
});

describe('portal work in the cost', () => {
  it('a 500-id polls read with a realistic selection passes the defaults', () => {
    const ids = Array.from({ length: 500 }, (_, i) => i + 1);
    const { cost } = measure(`query ($ids: [Int!]!) { polls(messageIds: $ids) { ${POLL_SELECTION} } }`, {
      ids,
    });
    expect(cost).toBeLessThanOrEqual(defaults.maxCost);
  });

  it('charges each portal-calling root field: 1,000 aliased recentChats are refused, viewer is free', () => {
    const aliases = Array.from(
      { length: 101 },
      (_, i) => `a${i}: recentChats(first: 1) { edges { cursor } }`,
    );
    expect(measure(`{ ${aliases.join(' ')} }`).cost).toBeGreaterThan(defaults.maxCost);
    expect(measure('{ viewer { mode } }').cost).toBe(2);
  });

  it('charges mutations more: 100 aliased sendPoll are refused', () => {
    const one = 'sendPoll(input: {dialogId: "chat1", question: "Q", answers: ["a", "b"]}) { __typename }';
    expect(measure(`mutation { ${one} }`).cost).toBeLessThanOrEqual(defaults.maxCost);
    const many = Array.from({ length: 100 }, (_, i) => `a${i}: ${one}`);
    expect(measure(`mutation { ${many.join(' ')} }`).cost).toBeGreaterThan(defaults.maxCost);
  });

  it('charges nested portal calls per object (Answer.voters under many polls)', () => {
    const ids = Array.from({ length: 100 }, (_, i) => i + 1);
    const q = `query ($ids: [Int!]!) { polls(messageIds: $ids) { questions { answers { voters(first: 1) { totalCount } } } } }`;
    expect(measure(q, { ids }).cost).toBeGreaterThan(defaults.maxCost);
  });
});

describe('Chat.polls in the cost model', () => {
  const chatPolls = (first: number) =>
    `{ chat(dialogId: "chat1") { polls(first: ${first}) { edges { node { ${POLL_SELECTION} } } } } }`;

  it('charges the history reads and the getMany of a page (CHAT_POLLS_MAX_HISTORY_READS + 1 calls)', () => {
    expect(FACADE_PORTAL_WORK.nestedCallCounts?.get('Chat.polls')).toBe(CHAT_POLLS_MAX_HISTORY_READS + 1);
    const withPolls = measure(`{ chat(dialogId: "chat1") { polls(first: 1) { pageInfo { hasNextPage } } } }`);
    const without = measure(`{ chat(dialogId: "chat1") { chatId } }`);
    // The page's own fields are cheap; the difference is mostly the 4 portal calls.
    expect(withPolls.cost - without.cost).toBeGreaterThanOrEqual(
      (CHAT_POLLS_MAX_HISTORY_READS + 1) * FACADE_PORTAL_WORK.readCost,
    );
  });

  it('a page of 20 polls of one chat passes the default limit; the same page of 10 aliased chats does not', () => {
    expect(measure(chatPolls(20)).cost).toBeLessThanOrEqual(defaults.maxCost);
    const aliased = Array.from(
      { length: 10 },
      (_, i) =>
        `c${i}: chat(dialogId: "chat${i + 1}") { polls(first: 20) { edges { node { chat { chatId } } } } }`,
    ).join(' ');
    expect(measure(`{ ${aliased} }`).cost).toBeGreaterThan(defaults.maxCost);
  });
});

describe('Chat.polls of a Telegram chat in the cost model', () => {
  const page = (dialogId: string) =>
    `{ chat(dialogId: "${dialogId}") { polls(first: 1) { pageInfo { hasNextPage } } } }`;
  const chatOnly = (dialogId: string) => `{ chat(dialogId: "${dialogId}") { chatId } }`;
  const pageCost = (dialogId: string) => measure(page(dialogId)).cost - measure(chatOnly(dialogId)).cost;

  it('charges a Telegram page its messages.search and a possible min re-read (2 calls), not the Bitrix24 4', () => {
    expect(TELEGRAM_CHAT_POLLS_CALLS).toBe(2);
    const telegram = pageCost('tg:chat:1');
    const bitrix24 = pageCost('chat1');
    expect(bitrix24 - telegram).toBe(
      (CHAT_POLLS_MAX_HISTORY_READS + 1 - TELEGRAM_CHAT_POLLS_CALLS) * FACADE_PORTAL_WORK.readCost,
    );
    expect(telegram).toBeGreaterThanOrEqual(TELEGRAM_CHAT_POLLS_CALLS * FACADE_PORTAL_WORK.readCost);
    expect(telegram).toBeLessThan((TELEGRAM_CHAT_POLLS_CALLS + 1) * FACADE_PORTAL_WORK.readCost);
  });

  it('reads the dialog id from a variable and through fragments; a Bitrix24 chat in the same operation keeps its 4', () => {
    const query = `query($tg: String!, $b: String!) {
      t: chat(dialogId: $tg) { ...Page } b: chat(dialogId: $b) { ...Page } }
      fragment Page on Chat { polls(first: 1) { pageInfo { hasNextPage } } }`;
    const mixed = measure(query, { tg: 'tg:channel:1', b: 'chat1' }).cost;
    expect(mixed).toBe(measure(page('tg:channel:1')).cost + measure(page('chat1')).cost);
    const bothBitrix24 = measure(query, { tg: 'chat2', b: 'chat1' }).cost;
    expect(bothBitrix24 - mixed).toBe(
      (CHAT_POLLS_MAX_HISTORY_READS + 1 - TELEGRAM_CHAT_POLLS_CALLS) * FACADE_PORTAL_WORK.readCost,
    );
  });
});
