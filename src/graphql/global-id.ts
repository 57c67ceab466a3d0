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

export const INVALID_NODE_ID = 'INVALID_NODE_ID';

/** The prefix of ids whose keys are Bitrix24 ids. */
export const BITRIX24_ID_PREFIX = 'b24';
const BACKEND = BITRIX24_ID_PREFIX;
const POSITIVE = /^[1-9]\d{0,9}$/;
/** Canonical base64 only: Buffer.from() skips foreign characters, so the id is re-encoded and compared. */
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export type NodeRef =
  | { readonly type: 'Poll'; readonly attachId: number }
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

/**
 * The opaque id of an object that is not a node but still needs an identity in client caches
 * (PollViewer: one per poll and caller). Same form as node ids; parseNodeId refuses them, so
 * node(id) never refetches them.
 */
export function toScopedId(type: 'PollViewer', ...parts: readonly (number | string)[]): string {
  return Buffer.from([BACKEND, type, ...parts].join(':'), 'utf8').toString('base64');
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
  if (id.length === 0 || id.length > 200 || !BASE64.test(id)) return null;
  const bytes = Buffer.from(id, 'base64');
  if (bytes.toString('base64') !== id) return null;
  const decoded = bytes.toString('utf8');
  const [backend, type, ...parts] = decoded.split(':');
  if (backend !== BACKEND || type === undefined) return null;
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
