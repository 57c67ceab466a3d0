/** The poll feature's resolver classes, for the server's resolver list. */
import { AnswerVotersResolver } from './answer-voters.resolver.js';
import { PollMutationResolver } from './poll-mutations.resolver.js';
import { PollResolver } from './poll.resolver.js';
import { PollViewerResolver } from './poll-viewer.resolver.js';
import { ChatPollsResolver, PollOriginResolver } from './chat-polls.resolver.js';

export const POLL_RESOLVERS = [
  PollResolver,
  PollMutationResolver,
  AnswerVotersResolver,
  PollViewerResolver,
  ChatPollsResolver,
  PollOriginResolver,
] as const;
