/**
 * The APQ cache is bounded by bytes (GRAPHQL_APQ_CACHE_BYTES): registering more unique documents than
 * fit evicts the oldest, so unique registrations cannot grow the process's memory without end. Seen
 * from a client: an early hash is forgotten (PERSISTED_QUERY_NOT_FOUND, the client re-sends the text),
 * the latest is still served by hash alone. Apollo's own default (about 30 MB) would keep them all.
 */
import { createHash } from 'node:crypto';
import { startHarness, type Harness } from './facade-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ GRAPHQL_APQ_CACHE_BYTES: '16384' });
});
afterAll(async () => {
  await h.close();
});

const AUTH = { authorization: 'Bearer dev-token-1', 'content-type': 'application/json' };
// About 1.5 KB each: a comment pads the text without adding tokens, depth or cost.
const documentOf = (i: number) => `query Padded${i} { __typename } # ${'x'.repeat(1500)}`;
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

async function post(
  body: unknown,
): Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }> {
  const response = await fetch(h.facade.graphqlUrl, {
    method: 'POST',
    headers: AUTH,
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

const byHash = (text: string) => ({
  extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(text) } },
});

it('keeps only what fits in GRAPHQL_APQ_CACHE_BYTES: the oldest registrations are evicted', async () => {
  const documents = Array.from({ length: 40 }, (_, i) => documentOf(i));
  for (const query of documents) {
    const registered = await post({ query, ...byHash(query) });
    expect(registered.errors).toBeUndefined();
  }
  const newest = await post(byHash(documents[documents.length - 1]!));
  expect(newest).toEqual({ data: { __typename: 'Query' } });
  const oldest = await post(byHash(documents[0]!));
  expect(oldest.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
});
