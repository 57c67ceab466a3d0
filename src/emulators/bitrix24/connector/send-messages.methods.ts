/**
 * imconnector.send.messages (docs/bitrix24-contract.md §8.5): external-user messages into an Open Channel. Malformed
 * requests fail as a whole (HTTP 400); a bad item fails alone inside a 200 (`SUCCESS:false`, `ERRORS`).
 */
import { EmulatorError } from '../core/emulator-error.js';
import type { CallContext, MethodDefinition, Params } from '../core/method.js';
import { getParam, isMissing, toInt, toList, toObject, toStr } from '../core/params.js';
import type { EmConnector } from '../store/state.js';
import { argumentError, notActiveLine } from './connector-errors.js';
import {
  findConnectorLine,
  readConnectorId,
  readLine,
  requireConnector,
  requireOpenLine,
} from './connector-lines.js';
import { CONNECTOR_SCOPES } from './connector-setup.methods.js';
import {
  appendConnectorMessage,
  ensureConnectorUser,
  ensureSession,
  originalPostDescription,
  type ExternalUser,
} from './open-line-delivery.js';

const NOT_ALL_DATA = 'Not all required data was provided';
const MAX_NAME_LENGTH = 25;
// Letters (any script), spaces, hyphens and apostrophes only.
const NAME_PATTERN = /^[\p{L}\s'-]*$/u;

type Item = {
  user: Record<string, unknown>;
  message: Record<string, unknown>;
  chat: Record<string, unknown>;
};

function structureError(description: string): EmulatorError {
  return new EmulatorError(400, 'ERROR_ARGUMENT', description);
}

function readItems(params: Params): Item[] {
  const raw = getParam(params, 'MESSAGES');
  const emptyMap = toObject(raw) !== undefined && Object.keys(raw as object).length === 0;
  if (isMissing(raw) || emptyMap || (Array.isArray(raw) && raw.length === 0)) throw argumentError('MESSAGES');
  const list = toList(raw);
  if (!list) throw structureError("The value of an argument 'MESSAGES' must be of type array");
  return list.map((entry) => {
    const item = toObject(entry);
    if (!item) throw structureError('The MESSAGES parameter must be an array of messages (arrays)');
    const user = toObject(item.user);
    const message = toObject(item.message);
    const chat = toObject(item.chat);
    if (!user || !message || !chat) {
      throw structureError('The incorrect structure of a message inside MESSAGES parameter');
    }
    return { user, message, chat };
  });
}

function validName(value: unknown): boolean {
  if (isMissing(value)) return true;
  const text = toStr(value);
  return text !== undefined && text.length <= MAX_NAME_LENGTH && NAME_PATTERN.test(text);
}

function readFiles(value: unknown): unknown[] {
  return (toList(value) ?? []).filter((file) => {
    const object = toObject(file);
    return object !== undefined && !isMissing(object.url);
  });
}

function processItem(
  ctx: CallContext,
  connector: EmConnector,
  line: number,
  item: Item,
): Record<string, unknown> {
  const { state } = ctx;
  const now = ctx.now();
  const externalUserId = toStr(item.user.id)?.trim() ?? '';
  const externalMessageId = toStr(item.message.id) ?? '';
  const text = toStr(item.message.text) ?? '';
  const files = readFiles(item.message.files);
  const chatInfo = {
    id: toStr(item.chat.id)?.trim() ?? '',
    name: toStr(item.chat.name) ?? '',
    url: toStr(item.chat.url) ?? '',
  };
  const extra: Record<string, string> = {};
  if (toStr(item.user.skip_phone_validate) === 'Y') extra.skip_phone_validate = 'Y';
  if (toStr(item.message.disable_crm) === 'Y') extra.disable_tracker = 'Y';
  const echo = {
    // As in the documented example: `date` comes back as `{}`, and `files` as `[]` even when the
    // message carried files (they are attached to the chat message, not echoed).
    message: { id: externalMessageId, date: {}, text, files: [] },
    chat: { id: chatInfo.id, name: chatInfo.name, description: originalPostDescription(chatInfo.url) },
    // An empty PHP array is `[]` in JSON (docs/bitrix24-contract.md §2.3 #1).
    extra: Object.keys(extra).length > 0 ? extra : [],
  };

  const valid =
    externalUserId !== '' &&
    chatInfo.id !== '' &&
    validName(item.user.name) &&
    validName(item.user.last_name) &&
    (text.trim() !== '' || files.length > 0);
  if (!valid) return { ...echo, SUCCESS: false, ERRORS: [NOT_ALL_DATA] };

  const gender = toStr(item.user.gender ?? item.user.sex)?.toLowerCase();
  const external: ExternalUser = {
    id: externalUserId,
    name: toStr(item.user.name)?.trim() ?? '',
    lastName: toStr(item.user.last_name)?.trim() ?? '',
    gender: gender === 'male' ? 'M' : gender === 'female' ? 'F' : '',
    email: toStr(item.user.email) ?? '',
  };
  const user = ensureConnectorUser(state, connector.id, external);

  // Our choice (UNSPEC): a repeated external message id on the same connector and line is delivered
  // once; the repeat gets the same result and creates no second message.
  const dedupKey = `${connector.id}|${line}|${externalMessageId}`;
  const deliveredId = externalMessageId ? state.connectorMessageIds[dedupKey] : undefined;
  const delivered = deliveredId === undefined ? undefined : state.messages.get(deliveredId);
  const earlierSession = delivered && state.openLineSessions.find((s) => s.chatId === delivered.chatId);
  if (earlierSession) {
    const session = { ID: String(earlierSession.id), CHAT_ID: String(earlierSession.chatId) };
    return { user: String(earlierSession.userId), ...echo, SUCCESS: true, session };
  }

  const { session, chat } = ensureSession(state, connector, line, chatInfo, user, externalUserId, now);
  const rawDate = toInt(item.message.date);
  const message = appendConnectorMessage(
    state,
    chat,
    user,
    { externalId: externalMessageId, date: rawDate, text, files, operatorId: toInt(item.message.user_id) },
    now,
  );
  if (externalMessageId) state.connectorMessageIds[dedupKey] = message.id;
  return {
    user: String(user.id),
    ...echo,
    SUCCESS: true,
    session: { ID: String(session.id), CHAT_ID: String(chat.id) },
  };
}

function sendMessages(params: Params, ctx: CallContext) {
  const connectorId = readConnectorId(params);
  const line = readLine(params);
  const items = readItems(params);
  const connector = requireConnector(ctx.state, connectorId);
  requireOpenLine(ctx.state, line);
  if (findConnectorLine(ctx.state, connectorId, line)?.active !== true) throw notActiveLine();
  const results = items.map((item) => processItem(ctx, connector, line, item));
  // The call as a whole succeeded; each item carries its own SUCCESS (docs/bitrix24-contract.md §8.5, docs/bitrix24-contract.md §10 #20).
  return { result: { SUCCESS: true, DATA: { RESULT: results } } };
}

export const sendMessagesMethods: MethodDefinition[] = [
  { name: 'imconnector.send.messages', scopes: CONNECTOR_SCOPES, oauthOnly: true, handler: sendMessages },
];
