/**
 * Checks before any imconnector call (docs/bitrix24-contract.md §8). Batch-level problems refuse the whole call;
 * a bad message fails alone (ConnectorMessageFailed with `invalidField`) and never reaches the portal.
 */
import { ValidationFailed } from '../graphql-errors/user-error.types.js';
import type { ConnectorOutgoingMessage } from './connector.model.js';
import type { ConnectorMessageInput } from './connector.inputs.js';
import { publicUrlProblem } from '../validation/public-url.js';

export const MAX_BATCH = 100;
export const MAX_NAME_LENGTH = 25;
/**
 * A connector message becomes an Open Channel chat message, and chat messages are cut by the
 * portal at 20,000 characters (as bot messages are): refused here instead of cut there.
 */
export const MAX_CONNECTOR_TEXT_LENGTH = 20_000;
// Letters of any script, spaces, hyphens and apostrophes (docs/bitrix24-contract.md §8.5).
const NAME = /^[\p{L}\s'-]*$/u;
const CONNECTOR_ID = /^[0-9a-z_]{1,64}$/;

export function checkConnectorId(id: string, field: string): ValidationFailed | null {
  return CONNECTOR_ID.test(id)
    ? null
    : new ValidationFailed(field, 'Use 1..64 lower-case letters, digits or _ (no dot).', 'pattern');
}

export function checkLine(line: number, field: string): ValidationFailed | null {
  return line > 0 ? null : new ValidationFailed(field, 'line must be a positive Open Channel id.', 'min');
}

export function checkBatchSize(count: number): ValidationFailed | null {
  if (count === 0) return new ValidationFailed('input.messages', 'Give at least one message.', 'minItems');
  if (count > MAX_BATCH) {
    return new ValidationFailed('input.messages', `At most ${MAX_BATCH} messages per call.`, 'maxItems');
  }
  return null;
}

/** A URL the portal will show or fetch: public http(s) only (see validation/public-url.ts). */
export function checkPublicUrl(value: string | null | undefined, field: string): ValidationFailed | null {
  if (value === null || value === undefined) return null;
  const problem = publicUrlProblem(value);
  return problem === null ? null : new ValidationFailed(field, `The URL ${problem}.`, 'url');
}

function checkName(value: string | null | undefined, field: string): ValidationFailed | null {
  if (value === null || value === undefined) return null;
  if (value.length > MAX_NAME_LENGTH) {
    return new ValidationFailed(field, `At most ${MAX_NAME_LENGTH} characters.`, 'maxLength');
  }
  if (!NAME.test(value)) {
    return new ValidationFailed(field, "Only letters, spaces, - and ' are allowed.", 'pattern');
  }
  return null;
}

/** The first rule `m` breaks, with its path under `input.messages.<index>`, or null. */
export function checkMessage(m: ConnectorMessageInput, index: number): ValidationFailed | null {
  const at = `input.messages.${index}`;
  if (m.externalMessageId.trim() === '') {
    return new ValidationFailed(
      `${at}.externalMessageId`,
      'The external message id is required.',
      'required',
    );
  }
  if (m.user.id.trim() === '')
    return new ValidationFailed(`${at}.user.id`, 'The user id is required.', 'required');
  if (m.chat.id.trim() === '')
    return new ValidationFailed(`${at}.chat.id`, 'The chat id is required.', 'required');
  const name = checkName(m.user.name, `${at}.user.name`) ?? checkName(m.user.lastName, `${at}.user.lastName`);
  if (name) return name;
  if ((m.text ?? '').trim() === '' && (m.files ?? []).length === 0) {
    return new ValidationFailed(`${at}.text`, 'A message needs text or files.', 'required');
  }
  if ((m.text ?? '').length > MAX_CONNECTOR_TEXT_LENGTH) {
    return new ValidationFailed(
      `${at}.text`,
      `At most ${MAX_CONNECTOR_TEXT_LENGTH} characters (the portal would cut the text).`,
      'maxLength',
    );
  }
  if (m.date !== null && m.date !== undefined && !(Number.isInteger(m.date) && m.date >= 0)) {
    return new ValidationFailed(`${at}.date`, 'The date is unix seconds, 0 or more.', 'min');
  }
  return (
    checkPublicUrl(m.user.pictureUrl, `${at}.user.pictureUrl`) ??
    checkPublicUrl(m.user.url, `${at}.user.url`) ??
    checkPublicUrl(m.chat.url, `${at}.chat.url`) ??
    (m.files ?? []).reduce<ValidationFailed | null>(
      (found, file, i) => found ?? checkPublicUrl(file.url, `${at}.files.${i}.url`),
      null,
    )
  );
}

const opt = <K extends string, V>(key: K, value: V | null | undefined): Partial<Record<K, V>> =>
  value === null || value === undefined ? {} : ({ [key]: value } as Record<K, V>);

export function toOutgoing(m: ConnectorMessageInput): ConnectorOutgoingMessage {
  return {
    user: {
      id: m.user.id,
      ...opt('name', m.user.name),
      ...opt('lastName', m.user.lastName),
      ...opt('pictureUrl', m.user.pictureUrl),
      ...opt('url', m.user.url),
      ...opt('email', m.user.email),
      ...opt('phone', m.user.phone),
    },
    message: {
      id: m.externalMessageId,
      ...opt('text', m.text),
      ...opt('date', m.date),
      ...(m.files && m.files.length
        ? { files: m.files.map((f) => ({ url: f.url, ...opt('name', f.name) })) }
        : {}),
    },
    chat: { id: m.chat.id, ...opt('name', m.chat.name), ...opt('url', m.chat.url) },
  };
}
