/**
 * The content fields of Chat.Message.send / update: text cut at 20,000 chars, attach and keyboard in
 * all their documented forms (docs/bitrix24-contract.md §7.6, docs/bitrix24-contract.md §10 #22), normalised to what the message stores in
 * `params.ATTACH` / `params.KEYBOARD`.
 */
import { isMissing, toList, toObject } from '../core/params.js';
import { botError } from './bot-errors.js';

export const MAX_MESSAGE_LENGTH = 20_000;

/** The portal does not refuse long text: it keeps 20,000 chars and appends " (...)". */
export function cutText(text: string): string {
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)} (...)` : text;
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

type Attach = Record<string, unknown> & { BLOCKS: unknown[] };

/** The seven block types; every block is an object whose top-level key names its type. */
const BLOCK_TYPES = ['MESSAGE', 'LINK', 'USER', 'GRID', 'IMAGE', 'FILE', 'DELIMITER'];
/** attachments/index.md: the serialized ATTACH may not exceed 60,000 characters. */
const MAX_ATTACH_LENGTH = 60_000;

function isFullAttach(value: unknown): value is Record<string, unknown> {
  const object = toObject(value);
  return object !== undefined && ('BLOCKS' in object || 'blocks' in object);
}

function isBlock(value: unknown): boolean {
  const object = toObject(value);
  return object !== undefined && Object.keys(object).some((key) => BLOCK_TYPES.includes(key.toUpperCase()));
}

/** A list of blocks, each a known block object; anything else is ATTACH_ERROR. */
function readBlocks(value: unknown): unknown[] {
  const blocks = toList(value);
  if (!blocks || !blocks.every(isBlock)) throw botError('ATTACH_ERROR');
  return blocks;
}

function fullAttach(object: Record<string, unknown>): Attach {
  const blocks = readBlocks(object.BLOCKS ?? object.blocks);
  const { blocks: _lower, ...rest } = object;
  return { ...rest, BLOCKS: blocks };
}

/**
 * Full form `{ID?, COLOR_TOKEN?, COLOR?, BLOCKS}`, a list of full forms, or the short form (a list of
 * blocks such as `[{MESSAGE:"…"}]`). Returns the list of attachments; `[]` for an empty value.
 * A malformed structure is ATTACH_ERROR, more than 60,000 serialized chars ATTACH_OVERSIZE
 * (attachments/index.md).
 */
export function normaliseAttach(value: unknown): Attach[] {
  if (isMissing(value)) return [];
  const parsed = parseJson(value);
  if (parsed === undefined || parsed === null) throw botError('ATTACH_ERROR');
  const serialized = typeof value === 'string' ? value : JSON.stringify(value);
  if (serialized.length > MAX_ATTACH_LENGTH) throw botError('ATTACH_OVERSIZE');
  if (isFullAttach(parsed)) return [fullAttach(parsed)];
  const list = toList(parsed);
  if (!list) throw botError('ATTACH_ERROR');
  if (list.length === 0) return [];
  if (list.every(isFullAttach)) return list.map((item) => fullAttach(item as Record<string, unknown>));
  return [{ BLOCKS: readBlocks(list) }];
}

export interface Keyboard {
  BOT_ID: number;
  BUTTONS: unknown[];
}

/**
 * `{BOT_ID?, BUTTONS}`, a bare array of buttons, or either as JSON text. `null` means "no keyboard"
 * (an empty value, or `"N"`, which Message.update uses to remove it).
 */
export function normaliseKeyboard(value: unknown, botId: number): Keyboard | null {
  if (isMissing(value) || value === 'N' || value === false) return null;
  const parsed = parseJson(value);
  const object = toObject(parsed);
  if (object && ('BUTTONS' in object || 'buttons' in object)) {
    const buttons = toList(object.BUTTONS ?? object.buttons) ?? [];
    const ownerId = Number(object.BOT_ID ?? object.botId ?? botId);
    return buttons.length ? { BOT_ID: Number.isInteger(ownerId) ? ownerId : botId, BUTTONS: buttons } : null;
  }
  const list = toList(parsed);
  if (!list) throw botError('SENDING_FAILED');
  return list.length ? { BOT_ID: botId, BUTTONS: list } : null;
}
