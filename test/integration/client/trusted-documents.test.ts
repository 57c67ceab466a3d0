/**
 * Trusted-documents mode from a real client: Apollo Client 4 with its PersistedQueryLink, sending
 * the hashes of the committed manifest (examples/generated/persisted-documents.json, emitted by
 * codegen). A known operation runs by hash alone; a document not in the manifest is refused
 * (production defaults: no arbitrary documents), with no portal call.
 */
import { ApolloClient, CombinedGraphQLErrors, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { ChatByDialogIdDocument } from '../../../examples/generated/graphql.js';
import { portalRequests, startHarness, type Harness } from '../server/facade-harness.js';

const MANIFEST = 'examples/generated/persisted-documents.json';

describe('GRAPHQL_TRUSTED_DOCUMENTS from Apollo Client 4', () => {
  let h: Harness;
  const bodies: string[] = [];
  let client: ApolloClient;

  beforeAll(async () => {
    h = await startHarness({
      GRAPHQL_TRUSTED_DOCUMENTS: MANIFEST,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      FACADE_ALLOW_EMULATOR: 'true',
      METRICS_PUBLIC: 'true',
    });
    const persisted = new PersistedQueryLink({
      // The client preset puts each document's manifest hash in __meta__.hash ("sha256:<hex>").
      generateHash: (document) =>
        ((document as { __meta__?: { hash?: string } }).__meta__?.hash ?? 'unknown').replace(/^sha256:/, ''),
    });
    const http = new HttpLink({
      uri: h.facade.graphqlUrl,
      headers: { authorization: 'Bearer dev-token-1' },
      fetch: (input, init) => {
        bodies.push(String(init?.body ?? ''));
        return fetch(input, init);
      },
    });
    // Plain results: the generated documents spread fragments, which Apollo would otherwise mask.
    client = new ApolloClient({
      link: persisted.concat(http),
      cache: new InMemoryCache(),
      dataMasking: false,
    });
  });
  afterAll(async () => {
    await h.close();
  });

  it('runs a known operation by its hash alone (no query text sent)', async () => {
    bodies.length = 0;
    const { data } = await client.query({ query: ChatByDialogIdDocument, variables: { dialogId: 'chat1' } });
    expect(data?.chat?.chatId).toBe(1);
    expect(bodies).toHaveLength(1);
    const sent = JSON.parse(bodies[0]!) as {
      query?: string;
      extensions?: { persistedQuery?: { sha256Hash?: string } };
    };
    expect(sent.query).toBeUndefined();
    expect(sent.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a document that is not in the manifest, with no portal call', async () => {
    const before = await portalRequests(h.emulator);
    const unknown = gql`
      query NotTrusted {
        chat(dialogId: "chat1") {
          chatId
        }
      }
    `;
    let error: unknown;
    try {
      await client.query({ query: unknown, fetchPolicy: 'network-only' });
    } catch (e) {
      error = e;
    }
    // The link first sends the hash (unknown: PERSISTED_QUERY_NOT_FOUND), then the full text: refused.
    expect(CombinedGraphQLErrors.is(error) || error instanceof Error).toBe(true);
    expect(JSON.stringify(error)).toContain('UNTRUSTED_DOCUMENT');
    expect(await portalRequests(h.emulator)).toBe(before);
  });

  it('a plain POST of arbitrary text is refused with 400 BAD_REQUEST / UNTRUSTED_DOCUMENT', async () => {
    const response = await fetch(h.facade.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer dev-token-1' },
      body: JSON.stringify({ query: '{ viewer { mode } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_REQUEST', reason: 'UNTRUSTED_DOCUMENT' } }],
    });
  });
});
