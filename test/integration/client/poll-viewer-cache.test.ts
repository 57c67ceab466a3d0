/**
 * PollViewer carries an id, so Apollo Client's InMemoryCache keeps the viewer fields of several
 * queries of the same poll side by side. Without an id the cache stores the viewer inside the Poll
 * entity and the second selection replaces the first: the first query then reads back as missing.
 */
import { gql, type ApolloClient } from '@apollo/client';
import { createFacadeClient } from '../../../examples/consumer/client.js';
import { startHarness, type Harness } from '../server/facade-harness.js';

const SEND = gql`
  mutation SendForViewerCache($input: SendPollInput!) {
    sendPoll(input: $input) {
      ... on SendPollSuccess {
        poll {
          id
          messageId
        }
      }
    }
  }
`;
const CAN = gql`
  query ViewerCan($messageId: Int!) {
    poll(ref: { messageId: $messageId }) {
      id
      viewer {
        id
        canVote
        hasVoted
      }
    }
  }
`;
const MINE = gql`
  query ViewerMine($messageId: Int!) {
    poll(ref: { messageId: $messageId }) {
      id
      viewer {
        id
        canEdit
        myAnswers {
          questionId
          answerIds
        }
      }
    }
  }
`;

interface ViewerData {
  poll: { id: string; viewer: { id: string } & Record<string, unknown> } | null;
}

describe('PollViewer.id in a normalised client cache', () => {
  let h: Harness;
  let messageId: number;
  const clientFor = (user: number): ApolloClient =>
    createFacadeClient({ url: h.facade.graphqlUrl, accessToken: `dev-token-${user}` });

  beforeAll(async () => {
    h = await startHarness();
    const sent = await clientFor(1).mutate<{ sendPoll: { poll?: { messageId: number } } }>({
      mutation: SEND,
      variables: { input: { dialogId: 'chat1', question: 'Cache?', answers: ['Yes', 'No'] } },
    });
    messageId = sent.data!.sendPoll.poll!.messageId;
  });
  afterAll(async () => {
    await h.close();
  });

  it('keeps both viewer selections of one user in the cache', async () => {
    const client = clientFor(1);
    const can = await client.query<ViewerData>({ query: CAN, variables: { messageId } });
    const mine = await client.query<ViewerData>({ query: MINE, variables: { messageId } });
    expect(mine.data!.poll!.viewer.id).toBe(can.data!.poll!.viewer.id);

    const cachedCan = client.readQuery<ViewerData>({ query: CAN, variables: { messageId } });
    const cachedMine = client.readQuery<ViewerData>({ query: MINE, variables: { messageId } });
    expect(cachedCan?.poll?.viewer).toMatchObject({ canVote: true, hasVoted: false });
    expect(cachedMine?.poll?.viewer).toMatchObject({ canEdit: true, myAnswers: [] });
  });

  it('is stable for a user across requests, differs between users and holds no token', async () => {
    const ids = async (user: number): Promise<string> => {
      const result = await clientFor(user).query<ViewerData>({
        query: CAN,
        variables: { messageId },
        fetchPolicy: 'network-only',
      });
      return result.data!.poll!.viewer.id;
    };
    const [one, oneAgain, two] = [await ids(1), await ids(1), await ids(2)];
    expect(oneAgain).toBe(one);
    expect(two).not.toBe(one);
    for (const id of [one, two]) expect(Buffer.from(id, 'base64').toString('utf8')).not.toMatch(/dev-token/);
  });
});
