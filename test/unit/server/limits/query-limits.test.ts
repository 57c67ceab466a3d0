import 'reflect-metadata';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { fragmentsOf, operationCost, operationDepth } from '../../../../src/graphql/limits/query-limits.js';

const schema = buildSchema(`
  type Query { poll(id: Int!): Poll  polls(messageIds: [Int!]!): [Poll]!  chats(first: Int): ChatConnection!  me: User }
  type Poll { id: ID!  title: String  answers: [Answer!]!  author: User }
  type Answer { id: ID!  text: String  voters(first: Int): UserConnection! }
  type User { id: ID!  name: String  friend: User }
  type UserConnection { nodes: [User!]!  totalCount: Int }
  type ChatConnection { nodes: [Chat!]! }
  type Chat { id: ID!  title: String }
`);

function measure(query: string, variables: Record<string, unknown> = {}, defaultListSize = 10) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const fragments = fragmentsOf(document.definitions);
  return {
    depth: operationDepth(operation, fragments),
    cost: operationCost(schema, operation, fragments, { variables, defaultListSize }),
  };
}

describe('operationDepth', () => {
  it('counts nesting levels of fields', () => {
    expect(measure('{ me { id } }').depth).toBe(2);
    expect(measure('{ me { friend { friend { name } } } }').depth).toBe(4);
  });

  it('follows named and inline fragments', () => {
    const q = `query { me { ...F } }
      fragment F on User { friend { ... on User { friend { id } } } }`;
    expect(measure(q).depth).toBe(4);
  });

  it('counts introspection fields, except __typename and ofType (bounded by the real wrapping)', () => {
    expect(measure('{ __schema { types { fields { type { ofType { name } } } } } }').depth).toBe(5);
    expect(measure('{ __type(name: "Poll") { ofType { ofType { ofType { name } } } } }').depth).toBe(2);
    expect(measure('{ __typename me { __typename } }').depth).toBe(1);
  });

  it('computes a fragment once however often it is spread (no exponential walk)', () => {
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on User { a: friend { ...F${i + 1} } b: friend { ...F${i + 1} } }`,
    );
    const q = `{ me { ...F0 } } ${fragments.join(' ')} fragment F${levels} on User { id }`;
    expect(measure(q).depth).toBe(levels + 2);
    expect(measure(q).cost).toBeGreaterThan(2 ** 30);
  });
});

describe('operationCost', () => {
  it('costs 1 per scalar field and 1 + selection per object field', () => {
    // me (1 + id + name) = 3
    expect(measure('{ me { id name } }').cost).toBe(3);
  });

  it('multiplies list fields by the default list size', () => {
    // poll: 1 × (1 + id + answers) ; answers: 10 × (1 + id + text) = 30 → 1 × (1 + 1 + 30) = 32
    expect(measure('{ poll(id: 1) { id answers { id text } } }').cost).toBe(32);
    expect(measure('{ poll(id: 1) { answers { id } } }', {}, 3).cost).toBe(1 + 3 * 2);
  });

  it('uses first (literal or variable) for paged fields', () => {
    // chats: 5 × (1 + nodes) ; a connection's nodes are the page `first` already counted:
    // nodes: 1 × (1 + id) = 2 → 5 × 3 = 15
    expect(measure('{ chats(first: 5) { nodes { id } } }').cost).toBe(15);
    expect(measure('query ($n: Int) { chats(first: $n) { nodes { id } } }', { n: 2 }).cost).toBe(6);
    // without first: the default size
    expect(measure('{ chats { nodes { id } } }').cost).toBe(30);
  });

  it('uses the length of a list argument', () => {
    // polls: 3 × (1 + id) = 6
    expect(measure('{ polls(messageIds: [1, 2, 3]) { id } }').cost).toBe(6);
    expect(measure('query ($ids: [Int!]!) { polls(messageIds: $ids) { id } }', { ids: [1, 2] }).cost).toBe(4);
  });

  it('multiplies nested lists', () => {
    const q = '{ polls(messageIds: [1,2]) { answers { voters(first: 50) { nodes { id name } } } } }';
    // nodes (the page itself): 1 × (1 + 2) = 3 ; voters: 50 × (1 + 3) = 200 ;
    // answers: 10 × (1 + 200) = 2010 ; polls: 2 × (1 + 2010) = 4022
    expect(measure(q).cost).toBe(4022);
  });

  it('follows fragments with their type conditions; __typename is free', () => {
    const q = `{ me { ...U __typename } }  fragment U on User { id friend { name } }`;
    // me: 1 × (1 + id + friend(1 + name = 2)) = 4
    expect(measure(q).cost).toBe(4);
  });

  it("counts introspection fields with the schema's own list sizes, scaled down", () => {
    // 4 types declared + the built-in scalars and introspection types; never free any more
    expect(measure('{ __schema { types { name } } }').cost).toBeGreaterThan(0);
    const one = measure('{ __schema { types { name } } }').cost;
    expect(measure('{ a: __schema { types { name } } b: __schema { types { name } } }').cost).toBe(2 * one);
  });
});
