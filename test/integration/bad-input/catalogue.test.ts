/**
 * Runs every case of cases.ts over HTTP against the facade and the emulator: each must be refused
 * with its typed error, and the emulator's call log (GET /_emulator/calls) must show no portal call.
 */
import { postGraphQL, startHarness, useHarness, type GraphQLReply } from '../server/facade-harness.js';
import { BAD_INPUT_CASES, type Expected } from './cases.js';

const h = useHarness(() => startHarness());
const USER_1 = { authorization: 'Bearer dev-token-1' };

async function portalCalls(): Promise<number> {
  const body = (await (await fetch(`${h.emulator.url}/_emulator/calls`)).json()) as unknown;
  const calls = Array.isArray(body) ? body : (body as { calls: unknown[] }).calls;
  return calls.length;
}

function outcome(reply: GraphQLReply, expect: Expected): unknown {
  const data = Object.values(reply.body.data ?? {})[0] as Record<string, any> | null | undefined;
  if ('validationFailed' in expect) return { typename: data?.__typename, field: data?.field };
  if ('messageFailed' in expect) {
    const first = data?.results?.[0];
    return { typename: first?.__typename, field: first?.invalidField };
  }
  const extensions = reply.body.errors?.[0]?.extensions ?? {};
  return { code: extensions.code, reason: extensions.reason };
}

function wanted(expect: Expected): unknown {
  if ('validationFailed' in expect) return { typename: 'ValidationFailed', field: expect.validationFailed };
  if ('messageFailed' in expect) return { typename: 'ConnectorMessageFailed', field: expect.messageFailed };
  return { code: expect.code, reason: expect.reason };
}

it('has at least 150 cases', () => {
  expect(BAD_INPUT_CASES.length).toBeGreaterThanOrEqual(150);
});

it.each(BAD_INPUT_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
  const before = await portalCalls();
  const reply = await postGraphQL(h.facade, c.query, USER_1, c.variables);
  expect(outcome(reply, c.expect)).toEqual(wanted(c.expect));
  expect(await portalCalls()).toBe(before);
});
