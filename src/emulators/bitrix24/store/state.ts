/**
 * The emulated portal's whole in-memory state. Every feature module (vote, chats, bots, connector)
 * reads and writes these maps; nothing else holds portal data. Entities are plain objects so that
 * a JSON seed file can describe them.
 */

export interface EmUser {
  id: number;
  name: string; // "First Last"
  firstName: string;
  lastName: string;
  workPosition: string;
  isAdmin: boolean;
  /** true for users created by `imbot.v2.Bot.register`. */
  isBot: boolean;
  gender: 'M' | 'F' | '';
  email: string;
  color: string;
  /** false once deactivated (an unregistered bot's user); absent means active. */
  active?: boolean;
  /** true for users that stand for an external messenger user (imconnector.send.messages). */
  connector?: boolean;
  /** External binding, e.g. `imconnector|<connector>|<externalUserId>` for connector users. */
  xmlId?: string;
}

export type ChatKind = 'private' | 'chat' | 'open' | 'openChannel';

/** A member's role in a chat, lowest to highest: member, manager, owner. */
export type ChatRole = 'owner' | 'manager' | 'member';

export interface EmChat {
  id: number;
  kind: ChatKind;
  name: string;
  description: string;
  ownerId: number;
  memberIds: number[];
  /** Members with admin rights ("manager" role); the owner is always one too. */
  managerIds: number[];
  entityType: string; // '' or one of the im.chat.get ENTITY_TYPE values
  entityId: string;
  color: string;
  dateCreate: string; // ISO 8601 with offset
  /** Who may post (and so create polls) in this chat; absent means 'member'. */
  canPost?: ChatRole;
}

export interface EmMessage {
  id: number;
  chatId: number;
  /** 0 for system messages. */
  authorId: number;
  text: string;
  date: string; // ISO 8601 with offset
  isSystem: boolean;
  uuid: string;
  params: Record<string, unknown>; // ATTACH, KEYBOARD, IM_VOTE, ...
  forward: { id: number; userId: number; chatId: number; date: string } | null;
  replyId: number | null;
  /** Soft-deleted messages keep their row with empty text; `complete` deletes remove the row. */
  deleted: boolean;
  /** reaction code -> user ids that set it */
  reactions: Record<string, number[]>;
  /** user ids that have read (viewed) this message */
  viewedBy: number[];
  /** how it arrived, for the /_emulator/ history: 'user' | 'poll' | 'bot' | 'connector' */
  source: 'user' | 'poll' | 'bot' | 'connector';
}

/** An OAuth application (local or marketplace app) installed on the portal. */
export interface EmApp {
  clientId: string;
  clientSecret: string;
  scopes: string[];
}

export interface EmOAuthToken {
  accessToken: string;
  refreshToken: string;
  userId: number;
  clientId: string;
  scopes: string[];
  /** unix ms; a call after this gets 401 expired_token */
  expiresAt: number;
}

export interface EmWebhook {
  userId: number;
  code: string;
  scopes: string[];
  /** unix ms or null for no expiry */
  expiresAt: number | null;
}

export interface EmPollAnswer {
  id: number;
  text: string;
  sort: number;
}

export interface EmPollQuestion {
  id: number;
  text: string;
  /** 0 radio, 1 checkbox */
  fieldType: 0 | 1;
  sort: number;
  answers: EmPollAnswer[];
}

export interface EmPoll {
  attachId: number;
  voteId: number;
  messageId: number;
  chatId: number;
  authorId: number;
  anonymity: 0 | 1;
  /** 0 revote forbidden, 1 allowed */
  options: 0 | 1;
  finished: boolean;
  questions: EmPollQuestion[];
  /** userId -> questionId -> answerIds (the current ballot of each user) */
  ballots: Record<string, Record<string, number[]>>;
  /** event ids, so userAnswerMap EVENT_ID values stay stable */
  eventIds: Record<string, number>;
  /** userId -> answerId -> id of the stored "event answer" row (userAnswerMap `ID`). */
  answerRowIds?: Record<string, Record<string, number>>;
  templateId: string | null;
  resultKey: string; // random key for resultUrl
  createdAt: string;
}

export interface EmBot {
  id: number; // also the bot user's id
  code: string;
  type: 'bot' | 'supervisor' | 'personal' | 'openline' | 'network';
  /** who owns it: 'token:<botToken>' (webhook registration) or 'app:<clientId>' (OAuth) */
  owner: string;
  eventMode: 'fetch' | 'webhook';
  webhookUrl: string | null;
  isHidden: boolean;
  isReactionsEnabled: boolean;
  isSupportOpenline: boolean;
  backgroundId: string | null;
  language: string;
  countMessage: number;
  countCommand: number;
  countChat: number;
  countUser: number;
  /** `<chatId>:<templateId>` -> the result of the first Message.send with that templateId (idempotency). */
  sentTemplates?: Record<string, { id: number; uuidMap: Record<string, number> }>;
}

export interface EmBotEvent {
  eventId: number;
  botId: number;
  type: string;
  date: string;
  data: Record<string, unknown>;
}

export interface EmConnector {
  id: string; // lower-cased
  name: string;
  clientId: string;
  icon: Record<string, unknown>;
  placementHandler: string;
  chatGroup: boolean;
  options: Record<string, boolean>;
}

export interface EmConnectorLine {
  connectorId: string;
  lineId: number;
  active: boolean;
  data: Record<string, unknown> | null;
}

export interface EmOpenLineSession {
  id: number;
  chatId: number;
  connectorId: string;
  lineId: number;
  externalChatId: string;
  externalUserId: string;
  userId: number; // the portal user created for the external user
}

export interface EmulatorState {
  portalHost: string; // e.g. "127.0.0.1:4001"; used in absolute URLs
  users: Map<number, EmUser>;
  chats: Map<number, EmChat>;
  messages: Map<number, EmMessage>;
  apps: Map<string, EmApp>;
  tokens: Map<string, EmOAuthToken>; // by access token
  refreshTokens: Map<string, EmOAuthToken>; // by refresh token
  webhooks: EmWebhook[];
  polls: Map<number, EmPoll>; // by attachId
  bots: Map<number, EmBot>;
  botEvents: EmBotEvent[];
  connectors: Map<string, EmConnector>; // by connector id
  connectorLines: EmConnectorLine[];
  openLineSessions: EmOpenLineSession[];
  /** Open Channel ids that exist on the portal (imconnector LINE values). */
  openLineIds: number[];
  /** external message id -> delivered portal message id, per (connector, line) key, for idempotency */
  connectorMessageIds: Record<string, number>;
  /** monotonically increasing id counters, one per entity kind */
  seq: Record<string, number>;
  /**
   * docs/bitrix24-contract.md §10 #1: attachId and voteId "can be equal". false/absent keeps them equal (default);
   * true makes the vote module allocate them from different ranges so clients cannot confuse them.
   */
  attachIdDiffersFromVoteId?: boolean;
}

/** Next id for an entity kind; ids never repeat within a running emulator. */
export function nextId(state: EmulatorState, kind: string, start = 1): number {
  const current = state.seq[kind] ?? start - 1;
  state.seq[kind] = current + 1;
  return current + 1;
}

/**
 * A new id of `kind` that no row of `taken` uses yet. The seed (and test-only methods) may insert
 * rows with fixed ids without advancing `state.seq`, so a bare `nextId` could collide with them.
 */
export function freshId(
  state: EmulatorState,
  kind: string,
  taken: { has(id: number): boolean },
  start = 1,
): number {
  let id = nextId(state, kind, start);
  while (taken.has(id)) id = nextId(state, kind, start);
  return id;
}

/** Deactivated users (an unregistered bot's user) cannot be messaged or added to chats. */
export function isActiveUser(user: EmUser | undefined): user is EmUser {
  return user !== undefined && user.active !== false;
}
