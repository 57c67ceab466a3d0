/**
 * Nested argument checks run before execution on the real schema: a bad `Chat.polls` cursor is
 * refused wherever it sits (inline, in a fragment, through a variable), a good one passes.
 */
import 'reflect-metadata';
import { Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { buildFacadeSchema } from '../../../src/app/schema.js';
import { checkOperationArguments } from '../../../src/graphql/plugins/argument-checks.plugin.js';
import { encodeChatPollsCursor } from '../../../src/polls/chat-polls.cursor.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildFacadeSchema();
});

function run(query: string, variables: Record<string, unknown> = {}): void {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  checkOperationArguments(schema, document, operation, variables);
}

describe('checkOperationArguments', () => {
  it('refuses a bad cursor inline, in a fragment and through a variable', () => {
    expect(() =>
      run(`{ chat(dialogId: "chat1") { polls(after: "x") { pageInfo { hasNextPage } } } }`),
    ).toThrow(/not a cursor of Chat.polls/);
    expect(() =>
      run(
        `query { chat(dialogId: "chat1") { ...P } } fragment P on Chat { polls(first: 5, after: "x") { pageInfo { hasNextPage } } }`,
      ),
    ).toThrow(/not a cursor of Chat.polls/);
    expect(() =>
      run(
        `query Q($a: String) { chat(dialogId: "chat1") { polls(after: $a) { pageInfo { hasNextPage } } } }`,
        { a: 'x' },
      ),
    ).toThrow(/not a cursor of Chat.polls/);
    expect(() =>
      run(`query Q($n: Int!) { chat(dialogId: "chat1") { polls(first: $n) { pageInfo { hasNextPage } } } }`, {
        n: 0,
      }),
    ).toThrow(/first must be between 1 and 50/);
  });

  it('passes good arguments, the defaults, and documents without checked fields', () => {
    const after = encodeChatPollsCursor(12);
    expect(() =>
      run(
        `query Q($a: String) { chat(dialogId: "chat1") { polls(first: 50, after: $a) { pageInfo { hasNextPage } } } }`,
        { a: after },
      ),
    ).not.toThrow();
    expect(() => run(`{ chat(dialogId: "chat1") { polls { pageInfo { hasNextPage } } } }`)).not.toThrow();
    expect(() => run(`{ viewer { mode } }`)).not.toThrow();
  });
});
