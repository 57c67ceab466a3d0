/**
 * The one place where a poll's results become live. Today the card shows what the last query or
 * mutation returned (and the Refresh button asks again). When the facade offers
 * `Subscription.pollResults(ids)` over graphql-ws, this hook subscribes with `useSubscription`: the
 * payload carries the poll's id, so Apollo's cache updates the card by itself and no caller changes.
 */
export function useLiveResults(_pollId: string | undefined): void {
  // Intentionally empty until the subscription exists (see above).
}
