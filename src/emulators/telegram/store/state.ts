/** The embedded Telegram server's in-memory world: accounts, their keys, chats, messages and polls. */

export interface TgUser {
  id: number;
  firstName: string;
  lastName: string;
  bot: boolean;
  /** Login phone (digits with a leading +); none for bots. */
  phone?: string;
  /** The 2FA password, when the account has one (a dev value). */
  password?: string;
  passwordHint?: string;
}

/** A pre-shared auth key; `userId` null means logged out (the key is known, not authorised). */
export interface TgSessionKey {
  name: string;
  authKey: Buffer;
  userId: number | null;
}

export type TgPeerKind = 'chat' | 'channel' | 'user';

export interface TgChat {
  kind: 'chat' | 'channel';
  id: number;
  title: string;
  accessHash: bigint;
  members: Set<number>;
  /** Who may post (all members of a basic group; the admins of a channel). */
  posters: Set<number>;
}

export interface TgPollAnswer {
  text: string;
  option: Buffer;
}

export interface TgPoll {
  id: bigint;
  /** Where the poll message lives, as seen by its creator. */
  peer: { kind: TgPeerKind; id: number };
  msgId: number;
  creatorId: number;
  question: string;
  answers: TgPollAnswer[];
  multipleChoice: boolean;
  publicVoters: boolean;
  revotingDisabled: boolean;
  quiz: boolean;
  subscribersOnly: boolean;
  correct: number[];
  solution?: string;
  closePeriod?: number;
  closeDate?: number;
  closed: boolean;
  date: number;
  /** user id -> ballot, in vote order (oldest first). */
  votes: Map<number, TgBallot>;
}

export interface TgBallot {
  /** Chosen answer indices. */
  options: number[];
  date: number;
}

/** A message: only poll messages exist here. Keyed by messageKey(conversation, id). */
export interface TgMessage {
  /** Conversation key: `chat:1`, `channel:1`, or `user:<lo>:<hi>` for a private chat. */
  conversation: string;
  id: number;
  pollId: bigint;
}

export interface TgState {
  users: Map<number, TgUser>;
  keys: Map<string, TgSessionKey>;
  chats: Map<string, TgChat>;
  messages: Map<string, TgMessage>;
  polls: Map<bigint, TgPoll>;
  nextMessageId: Map<string, number>;
  nextPollId: bigint;
  /** Login codes sent and not used yet, by session name. */
  pendingLogins: Map<string, PendingLogin>;
  /** `<userId>:<random_id>` of each sendMedia -> the poll it created (a resent request creates nothing). */
  randomIds: Map<string, bigint>;
}

/** A login in progress on one key: the code was sent; after a right code, the password may be due. */
export interface PendingLogin {
  phone: string;
  phoneCodeHash: string;
  /** The code was right and this account has a 2FA password: auth.checkPassword finishes the login. */
  passwordUserId?: number;
  /** The SRP challenge of the last account.getPassword. */
  challenge?: { srpId: bigint; b: bigint; B: bigint; v: bigint };
}

export function chatKey(kind: 'chat' | 'channel', id: number): string {
  return `${kind}:${id}`;
}

export function privateKey(a: number, b: number): string {
  return `user:${Math.min(a, b)}:${Math.max(a, b)}`;
}

export function messageKey(conversation: string, id: number): string {
  return `${conversation}#${id}`;
}

/**
 * Message ids count per channel, and with one shared counter for basic groups and private chats.
 * (Real Telegram numbers those per account, so each member sees its own id; here all members share
 * one id, which is what lets messages.getMessages find a message by id alone.)
 */
export function allocateMessageId(state: TgState, conversation: string): number {
  const counter = conversation.startsWith('channel:') ? conversation : 'common';
  const id = state.nextMessageId.get(counter) ?? 1;
  state.nextMessageId.set(counter, id + 1);
  return id;
}
