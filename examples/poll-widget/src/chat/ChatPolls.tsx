/**
 * A chat's polls, newest first (`Chat.polls`, a Relay connection: one history read and one poll
 * read per page on the facade's side). Each card reads its poll from the cache this list filled.
 * Refresh reads the first page again; sending a poll from this widget refreshes it by itself. The
 * results of the polls on screen are live (one subscription), so nobody needs to press Refresh.
 * A Telegram chat (`tg:chat:1`) lists the same way.
 */
import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { PollCard } from '../polls/PollCard';
import { describeRequestError } from '../errors/describe-error';
import { ProblemNotice } from '../errors/ProblemNotice';
import { useLiveResults } from '../polls/live-results';

export const ChatPollsQuery = graphql(`
  query WidgetChatPolls($dialogId: String!, $after: String) {
    chat(dialogId: $dialogId) {
      id
      polls(first: 20, after: $after) {
        edges {
          cursor
          node {
            ...PollCardFields
            author {
              id
              name
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export function ChatPolls({ dialogId }: { dialogId: string }) {
  const { data, error, loading, refetch, fetchMore } = useQuery(ChatPollsQuery, {
    variables: { dialogId },
    notifyOnNetworkStatusChange: true,
  });
  const [refreshError, setRefreshError] = useState<unknown>(null);
  const id = useId();
  const connection = data?.chat?.polls;
  const shownIds = connection?.edges.map(({ node }) => node.id) ?? [];
  const liveFailure = useLiveResults(shownIds);

  function again(load: () => Promise<unknown>) {
    setRefreshError(null);
    load().catch((failure: unknown) => setRefreshError(failure));
  }

  return (
    <section aria-labelledby={`${id}-title`} aria-busy={loading}>
      <div className="actions">
        <h2 id={`${id}-title`}>Polls</h2>
        {/* never disabled: a focused button that turns disabled drops keyboard focus to the page */}
        <button type="button" onClick={() => again(() => refetch({ after: null }))}>
          Refresh polls
        </button>
      </div>
      {(error ?? refreshError) ? (
        <ProblemNotice problem={describeRequestError(error ?? refreshError)} />
      ) : null}
      {liveFailure ? (
        <ProblemNotice
          problem={{
            title: 'Live results stopped: press Refresh results to see the latest counts.',
            ...describeLiveFailure(liveFailure),
          }}
        />
      ) : null}
      {connection && connection.edges.length === 0 && <p className="hint">No polls in this chat yet.</p>}
      {connection?.edges.map(({ node }) => (
        <PollCard key={node.id} pollRef={{ id: node.id }} label="poll" author={node.author?.name} />
      ))}
      {connection?.pageInfo.hasNextPage && (
        <button
          type="button"
          disabled={loading}
          onClick={() => again(() => fetchMore({ variables: { after: connection.pageInfo.endCursor } }))}
        >
          Older polls
        </button>
      )}
    </section>
  );
}

function describeLiveFailure(failure: unknown): { detail?: string } {
  const detail = describeRequestError(failure).detail;
  return detail === undefined ? {} : { detail };
}
