/**
 * The one place where results become live: one `pollResults(ids)` subscription (over the client's
 * graphql-ws link) for the polls on screen. Each event carries the whole poll with its `id`, so
 * Apollo writes it into the normalised cache and every card showing that poll re-renders by itself:
 * no refetch, no caller code. A change of the ids on screen (a new poll, an older page) subscribes
 * again with the new set; the facade first sends one SNAPSHOT per poll, so nothing is missed between.
 */
import { useEffect, useMemo, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../gql';

export const PollResultsSubscription = graphql(`
  subscription WidgetPollResults($ids: [ID!]!) {
    pollResults(ids: $ids) {
      source
      poll {
        ...PollCardFields
      }
    }
  }
`);

/** The facade's default LIVE_MAX_POLLS_PER_SUBSCRIPTION: more polls on screen take more subscriptions. */
const IDS_PER_SUBSCRIPTION = 100;

/** Subscribes to the given polls' results; answers the last subscription failure, if any. */
export function useLiveResults(pollIds: readonly string[]): unknown {
  const client = useApolloClient();
  const [failure, setFailure] = useState<unknown>(null);
  // A stable key: a re-render with the same polls keeps the same subscriptions.
  const key = useMemo(() => [...new Set(pollIds)].sort().join('\n'), [pollIds]);

  useEffect(() => {
    if (key === '') return;
    const ids = key.split('\n');
    setFailure(null);
    const subscriptions: { unsubscribe(): void }[] = [];
    for (let i = 0; i < ids.length; i += IDS_PER_SUBSCRIPTION) {
      const chunk = ids.slice(i, i + IDS_PER_SUBSCRIPTION);
      subscriptions.push(
        client
          .subscribe({ query: PollResultsSubscription, variables: { ids: chunk } })
          .subscribe({ next: ({ error }) => error && setFailure(error), error: setFailure }),
      );
    }
    return () => subscriptions.forEach((s) => s.unsubscribe());
  }, [client, key]);

  return failure;
}
