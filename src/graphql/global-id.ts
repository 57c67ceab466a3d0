/**
 * Global ids, in one module: every feature mints its opaque ids with toGlobalId and node(id),
 * PollRefInput.id and friends read them with parseNodeId/decodeNodeId. The form is base64 of
 * `<backend>:<Type>:<key>` (docs/architecture.md §4); the backend prefix says which backend the
 * native key belongs to (`b24` for Bitrix24, the only backend wired today). Anything else is the
 * client's mistake and is refused with BAD_USER_INPUT before any backend call. Clients must not
 * parse ids; the native ids sit next to them as their own fields.
 */
import { badUserInput } from '../graphql-errors/facade-errors.js';
// The same shapes `chat(dialogId)` accepts, in their canonical lower case.
import { isDialogId } from '../validation/dialog-id.js';
import { isTelegramDialogId } from '../validation/telegram-dialog-id.js';

export const INVALID_NODE_ID = 'INVALID_NODE_ID';

/** The prefix of ids whose keys are Bitrix24 ids. */
export const BITRIX24_ID_PREFIX = 'b24';
/**
 * The prefix of ids whose keys are Telegram addresses: `tg:Poll:<kind>:<chat id>:<message id>`
 * (kind chat, channel or user), Question the same (a Telegram poll has one question), Answer the
 * same plus the option bytes as unpadded base64url (they need not be UTF-8, so they are never put
 * into the id as text).
 */
export const TELEGRAM_ID_PREFIX = 'tg';
const BACKEND = BITRIX24_ID_PREFIX;
const POSITIVE = /^[1-9]\d{0,9}$/;
const MAX_ID_LENGTH = 300;
/** Canonical base64 only: Buffer.from() skips foreign characters, so the id is re-encoded and compared. */
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** A Telegram poll's native address inside an id. */
export interface TelegramPollAddress {
  readonly dialogId: string;
  readonly messageId: number;
}

export type NodeRef =
  | { readonly type: 'Poll'; readonly attachId: number }
  | { readonly type: 'Poll'; readonly telegram: TelegramPollAddress }
  | { readonly type: 'Question'; readonly telegram: TelegramPollAddress }
  | { readonly type: 'Answer'; readonly telegram: TelegramPollAddress; readonly optionKey: string }
  | { readonly type: 'Question'; readonly attachId: number; readonly questionId: number }
  | { readonly type: 'Answer'; readonly attachId: number; readonly answerId: number }
  | { readonly type: 'User'; readonly userId: number }
  | { readonly type: 'Chat'; readonly chatId: number }
  | { readonly type: 'RecentChat'; readonly dialogId: string }
  | { readonly type: 'Bot'; readonly botId: number }
  | { readonly type: 'BotMessage'; readonly messageId: number };

export type NodeType = NodeRef['type'];

/** The opaque id of a `type` object whose native key is `parts` (joined with `:`). */
export function toGlobalId(type: NodeType, ...parts: readonly (number | string)[]): string {
  return Buffer.from([BACKEND, type, ...parts].join(':'), 'utf8').toString('base64');
}

/** The opaque id of a Telegram poll (Answer: with the option key, base64url of the option bytes). */
export function toTelegramId(
  type: 'Poll' | 'Question' | 'Answer',
  poll: TelegramPollAddress,
  optionKey?: string,
): string {
  const parts = [TELEGRAM_ID_PREFIX, type, poll.dialogId.slice('tg:'.length), poll.messageId];
  if (optionKey !== undefined) parts.push(optionKey);
  return Buffer.from(parts.join(':'), 'utf8').toString('base64');
}

/** The opaque id of a Telegram chat (`tg:Chat:<kind>:<id>`); node(id) does not refetch it yet. */
export const toTelegramChatId = (dialogId: string): string =>
  Buffer.from(`${TELEGRAM_ID_PREFIX}:Chat:${dialogId.slice('tg:'.length)}`, 'utf8').toString('base64');

/** The opaque id of a Telegram user (a voter); node(id) does not refetch it yet. */
export const toTelegramUserId = (userId: number): string =>
  Buffer.from(`${TELEGRAM_ID_PREFIX}:User:${userId}`, 'utf8').toString('base64');

/**
 * The opaque id of an object that is not a node but still needs an identity in client caches
 * (PollViewer: one per poll and caller). Same form as node ids; parseNodeId refuses them, so
 * node(id) never refetches them.
 */
export function toScopedId(type: 'PollViewer', ...parts: readonly (number | string)[]): string {
  return Buffer.from([BACKEND, type, ...parts].join(':'), 'utf8').toString('base64');
}

/** toScopedId for an object of a Telegram poll. */
export function toTelegramScopedId(type: 'PollViewer', poll: TelegramPollAddress, key: string): string {
  const parts = [TELEGRAM_ID_PREFIX, type, poll.dialogId.slice('tg:'.length), poll.messageId, key];
  return Buffer.from(parts.join(':'), 'utf8').toString('base64');
}

/** Canonical unpadded base64url of 1..100 bytes: Telegram's option bytes. */
function isOptionKey(value: string | undefined): value is string {
  if (value === undefined || !/^[A-Za-z0-9_-]{2,134}$/.test(value)) return false;
  const bytes = Buffer.from(value, 'base64url');
  return bytes.length >= 1 && bytes.length <= 100 && bytes.toString('base64url') === value;
}

/** `parts` are what follows `tg:<Type>:`; null when they are not that type's key. */
function telegramRefOf(type: string, parts: readonly string[]): NodeRef | null {
  const [kind, chat, message, option] = parts;
  const dialogId = `tg:${kind}:${chat}`;
  const messageId = int(message);
  if (!isTelegramDialogId(dialogId) || messageId === null) return null;
  const telegram = { dialogId, messageId };
  if (type === 'Poll' && parts.length === 3) return { type, telegram };
  if (type === 'Question' && parts.length === 3) return { type, telegram };
  if (type === 'Answer' && parts.length === 4 && isOptionKey(option)) {
    return { type, telegram, optionKey: option };
  }
  return null;
}

const int = (part: string | undefined): number | null =>
  part !== undefined && POSITIVE.test(part) && Number(part) <= 2_147_483_647 ? Number(part) : null;

/** `parts` are what follows `b24:<Type>:`; null when they are not that type's key. */
function refOf(type: string, parts: readonly string[]): NodeRef | null {
  const [first, second] = parts;
  const one = parts.length === 1 ? int(first) : null;
  switch (type) {
    case 'Poll':
      return one === null ? null : { type, attachId: one };
    case 'User':
      return one === null ? null : { type, userId: one };
    case 'Chat':
      return one === null ? null : { type, chatId: one };
    case 'Bot':
      return one === null ? null : { type, botId: one };
    case 'BotMessage':
      return one === null ? null : { type, messageId: one };
    case 'RecentChat':
      return parts.length === 1 && isDialogId(first ?? '') ? { type, dialogId: first as string } : null;
    case 'Question':
    case 'Answer': {
      const attachId = int(first);
      const id = int(second);
      if (parts.length !== 2 || attachId === null || id === null) return null;
      return type === 'Question' ? { type, attachId, questionId: id } : { type, attachId, answerId: id };
    }
    default:
      return null;
  }
}

/** The object an id names, or null when the value is not an id this facade minted. */
export function parseNodeId(id: string): NodeRef | null {
  // 300: a Telegram Answer id with 100 option bytes is ~210 characters; nothing we mint is longer
  if (id.length === 0 || id.length > MAX_ID_LENGTH || !BASE64.test(id)) return null;
  const bytes = Buffer.from(id, 'base64');
  if (bytes.toString('base64') !== id) return null;
  const decoded = bytes.toString('utf8');
  const [backend, type, ...parts] = decoded.split(':');
  if (type === undefined) return null;
  if (backend === TELEGRAM_ID_PREFIX) return telegramRefOf(type, parts);
  if (backend !== BACKEND) return null;
  return refOf(type, parts);
}

/** parseNodeId, or a BAD_USER_INPUT error naming the argument (`id`, or `ids.<n>` for nodes). */
export function decodeNodeId(id: string, argument = 'id'): NodeRef {
  const ref = parseNodeId(id);
  if (ref === null) {
    throw badUserInput(`${argument} is not an id of this API.`, INVALID_NODE_ID, { argument });
  }
  return ref;
}
