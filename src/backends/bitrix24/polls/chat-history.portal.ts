/**
 * `im.dialog.messages.get` as the chat-polls read needs it: a chat's messages, newest first, at most
 * 50 per call, older than LAST_ID when given. The portal answers an unknown LAST_ID with empty lists,
 * names each message's author in `author_id` (0 for a system message) and describes the authors of
 * the page in a `users` block, so the author of a poll message costs no further call.
 */
import type { PortalCredential } from '../credential.js';
import type { PortalCaller } from '../portal-caller.js';
import type { ChatPollAuthor } from '../../../polls/chat-polls.model.js';

export const MESSAGES_GET = 'im.dialog.messages.get';
/** The portal's maximum LIMIT. */
export const MAX_MESSAGES_PER_READ = 50;

type Raw = Record<string, unknown>;

export interface HistoryMessage {
  readonly id: number;
  readonly authorId: number;
  /** Whether the message carries a poll (see isPollMessage). */
  readonly poll: boolean;
}

export interface HistoryPage {
  readonly chatId: number;
  /** newest first, as the portal sends them */
  readonly messages: readonly HistoryMessage[];
  readonly authors: ReadonlyMap<number, ChatPollAuthor>;
}

const obj = (value: unknown): Raw =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {};
const int = (value: unknown): number => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : 0;
};
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * A poll message carries the poll's attach in `params.IM_VOTE` (`{ATTACH_ID, VOTE_ID}`), the way
 * vote.Integration.Im.send posts it. The reference page of im.dialog.messages.get lists only the
 * LIKE/CODE/NOTIFY params, so this marker is the one assumption of the chat-polls read; a message
 * without it is never sent to getMany (a non-poll id would fail the whole getMany).
 */
export function isPollMessage(params: unknown): boolean {
  return 'IM_VOTE' in obj(params);
}

function toAuthor(raw: Raw): ChatPollAuthor | null {
  const userId = int(raw.id);
  if (userId <= 0) return null;
  const name = text(raw.name) || [text(raw.first_name), text(raw.last_name)].filter(Boolean).join(' ');
  const avatar = text(raw.avatar);
  return {
    userId,
    name: name || `User ${userId}`,
    // An avatar is a URL on cloud portals; an empty string means none.
    avatarUrl: /^https?:\/\//i.test(avatar) ? avatar : null,
    workPosition: text(raw.work_position) || null,
  };
}

export async function readHistory(
  caller: PortalCaller,
  credential: PortalCredential,
  dialogId: string,
  before: number | null,
): Promise<HistoryPage> {
  const params: Record<string, unknown> = { DIALOG_ID: dialogId, LIMIT: MAX_MESSAGES_PER_READ };
  if (before !== null) params.LAST_ID = before;
  const { result } = await caller.call<Raw>(MESSAGES_GET, params, credential);
  const body = obj(result);
  const rawMessages = Array.isArray(body.messages) ? body.messages : [];
  const messages = rawMessages
    .map((m) => obj(m))
    .map((m) => ({ id: int(m.id), authorId: int(m.author_id), poll: isPollMessage(m.params) }))
    .filter((m) => m.id > 0);
  const authors = new Map<number, ChatPollAuthor>();
  for (const raw of Array.isArray(body.users) ? body.users : []) {
    const author = toAuthor(obj(raw));
    if (author !== null) authors.set(author.userId, author);
  }
  return { chatId: int(body.chat_id), messages, authors };
}
