/**
 * Subscription.pollResults: live results of a set of polls. The subscription reads each poll once
 * as the subscriber (that read is the authorisation: a poll the subscriber cannot see fails the
 * subscription before anything is watched), then follows the shared events; it makes no portal
 * read per event or per subscriber.
 */
import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import { badUserInput } from '../graphql-errors/facade-errors.js';
import type { GraphQLContext } from '../graphql/context.js';
import { parseNodeId } from '../graphql/global-id.js';
import { backendKey } from '../graphql/backend-registry.js';
import { pollBackendFor, pollRefOfKey, toPollObject } from '../polls/index.js';
import type { PollResultsHub, SubscriberUpdate } from './poll-results.hub.js';
import { PollResultsEventObject, PollResultsSourceEnum } from './poll-results.types.js';
import { POLL_WATCH } from './poll-watch.backend.js';

/** The process's hub, registered by the composition root like a backend. */
export const POLL_RESULTS_HUB = backendKey<PollResultsHub>('pollResultsHub');

interface PollResultsArgs {
  ids: string[];
}

async function subscribe(
  args: PollResultsArgs,
  ctx: GraphQLContext,
): Promise<AsyncIterable<SubscriberUpdate>> {
  const max = ctx.config.live.maxPollsPerSubscription;
  const ids = [...new Set(args.ids)];
  if (ids.length === 0 || ids.length > max) {
    throw badUserInput(`ids takes 1 to ${max} poll ids.`, 'TOO_MANY_IDS', { field: 'ids', max });
  }
  const refs = ids.map((id, index) => {
    const ref = parseNodeId(id);
    if (ref?.type !== 'Poll') {
      throw badUserInput(`ids.${index} is not a Poll id of this API.`, 'INVALID_NODE_ID', {
        field: `ids.${index}`,
      });
    }
    return ref;
  });
  // One batched read per backend (getMany per 50 on Bitrix24): authorises and seeds the
  // subscriber's view. A Telegram id on a facade without Telegram is refused before any call.
  const polls = await Promise.all(
    refs.map((key) => {
      const ref = pollRefOfKey(key);
      const backend = pollBackendFor(ctx, ref);
      if (!('read' in backend)) throw badUserInput(backend.message, 'NOT_SUPPORTED');
      return backend.read(ref);
    }),
  );
  return ctx.backend(POLL_RESULTS_HUB).open(polls, ctx.identity.subject, ctx.backend(POLL_WATCH));
}

@Resolver()
export class PollResultsResolver {
  @Subscription(() => PollResultsEventObject, {
    description:
      'Live results of up to LIVE_MAX_POLLS_PER_SUBSCRIPTION polls (by Poll.id), over GraphQL over WebSocket (graphql-ws) at /graphql. First one SNAPSHOT event per poll, then an event per change: ballots and stops through this API at once, changes made at the portal directly within the watcher interval. Answer.voters cannot be selected here.',
    subscribe: ({ args, context }) => subscribe(args as PollResultsArgs, context as GraphQLContext),
  })
  pollResults(
    @Arg('ids', () => [ID], { description: 'Poll ids (Poll.id), 1 to LIVE_MAX_POLLS_PER_SUBSCRIPTION.' })
    _ids: string[],
    @Root() update: SubscriberUpdate,
  ): PollResultsEventObject {
    if (update.end !== undefined) throw update.end;
    return Object.assign(new PollResultsEventObject(), {
      poll: toPollObject(update.poll),
      source: PollResultsSourceEnum[update.source],
    });
  }
}
