/**
 * Where a poll object lives and who posted it, when the facade knows: the portal's poll reads
 * (getMany, get) name neither the chat nor the author, so only a poll reached through its chat's
 * history (Chat.polls) carries them. Kept beside the GraphQL object, not on it, so the Poll type
 * and its model stay as every backend builds them.
 */
import type { PollOrigin } from './chat-polls.model.js';
import type { PollObject } from './poll.types.js';

const origins = new WeakMap<PollObject, PollOrigin>();

export function withOrigin(poll: PollObject, origin: PollOrigin): PollObject {
  origins.set(poll, origin);
  return poll;
}

export function originOf(poll: PollObject): PollOrigin | undefined {
  return origins.get(poll);
}
