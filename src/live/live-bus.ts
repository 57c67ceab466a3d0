/**
 * The live-results event bus: graphql-yoga's PubSub (the shape type-graphql 2's PubSub expects),
 * in memory for one process, or over Redis pub/sub with REDIS_URL so that an event published on
 * one replica reaches the subscribers of every replica. One topic per poll id.
 */
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, SlidingBuffer, type PubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import { setMaxListeners } from 'node:events';
import type { PollResultsEvent } from './poll-results.event.js';

export type LiveTopics = { pollResults: [pollId: string, event: PollResultsEvent] };

export interface LiveBus {
  readonly pubSub: PubSub<LiveTopics>;
  publish(event: PollResultsEvent): void;
  close(): Promise<void>;
}

/**
 * A subscriber that reads slower than events arrive keeps only the newest ones (each event is a
 * full state, so dropping older ones loses nothing a client needs); memory stays bounded.
 */
const SUBSCRIBER_BUFFER = 32;

export function createLiveBus(redisUrl?: string): LiveBus {
  let clients: Redis[] = [];
  let pubSub: PubSub<LiveTopics>;
  if (redisUrl === undefined) {
    // Every subscriber of a poll is one listener of its topic: many are expected, not a leak.
    const eventTarget = new EventTarget();
    setMaxListeners(0, eventTarget);
    pubSub = createPubSub<LiveTopics>({
      eventTarget: eventTarget as never,
      repeaterBuffer: new SlidingBuffer(SUBSCRIBER_BUFFER),
    });
  } else {
    const options = { lazyConnect: false, maxRetriesPerRequest: 2 };
    const publishClient = new Redis(redisUrl, options);
    const subscribeClient = new Redis(redisUrl, options);
    // A Redis outage is reported by the readiness probe; the bus must not crash the process.
    publishClient.on('error', () => undefined);
    subscribeClient.on('error', () => undefined);
    // The adapter does not await its PUBLISH; a Redis outage must lose an event (the next one
    // carries the full state again), never become an unhandled rejection that ends the process.
    const publish = publishClient.publish.bind(publishClient) as (c: string, m: string) => Promise<number>;
    publishClient.publish = ((channel: string, message: string) =>
      publish(channel, message).catch(() => 0)) as never;
    clients = [publishClient, subscribeClient];
    pubSub = createPubSub<LiveTopics>({
      eventTarget: createRedisEventTarget({ publishClient, subscribeClient }),
      repeaterBuffer: new SlidingBuffer(SUBSCRIBER_BUFFER),
    });
  }
  return {
    pubSub,
    publish: (event) => pubSub.publish('pollResults', event.pollId, event),
    async close() {
      await Promise.all(clients.map((client) => client.quit().catch(() => client.disconnect())));
    },
  };
}
