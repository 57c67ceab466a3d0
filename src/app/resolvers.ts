/**
 * Every resolver class of the schema. Feature modules add theirs here (one line each), e.g.
 * `PollResolver` from '../polls/poll.resolver.js'. Types only reachable through unions or
 * interfaces go into ORPHANED_TYPES.
 */
import type { NonEmptyArray } from 'type-graphql';
import { USER_ERROR_TYPES } from '../graphql-errors/user-error.types.js';
import { ChatResolver, RecentChatResolver } from '../chats/chat.resolver.js';
import { POLL_RESOLVERS } from '../polls/poll.resolvers.js';
import { BOT_RESOLVERS } from '../bot-messages/bot.resolvers.js';
import { ConnectorResolver } from '../connector/connector.resolver.js';
import { ViewerResolver } from '../viewer/viewer.resolver.js';
import { NodeResolver } from '../node/node.resolver.js';
import { PollResultsResolver } from '../live/index.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  ViewerResolver,
  ChatResolver,
  RecentChatResolver,
  ...POLL_RESOLVERS,
  ...BOT_RESOLVERS,
  ConnectorResolver,
  NodeResolver,
  PollResultsResolver,
];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ORPHANED_TYPES: Function[] = [...USER_ERROR_TYPES];
