/**
 * imconnector.* wrappers (docs/bitrix24-contract.md §8). The portal reports some failures inside HTTP 200 answers:
 * `register` business errors (`result.result === false`) become PortalErrors with the inner code;
 * `send.messages` per-item failures come back as `{ok: false}` items, in input order.
 */
import { createHash } from 'node:crypto';
import { credentialSecrets, type PortalCredential } from '../credential.js';
import { PortalError } from '../portal-error.js';
import type { PortalCaller } from '../portal-caller.js';
import type {
  ConnectorData,
  ConnectorIcon,
  ConnectorMessageResult,
  ConnectorOutgoingMessage,
  ConnectorStatus,
  RegisterConnectorInput,
} from '../../../connector/connector.model.js';

type Raw = Record<string, unknown>;

function obj(value: unknown): Raw {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {};
}
function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value && typeof value === 'object' ? Object.values(value) : [];
}
function intOrNull(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}
function truthy(value: unknown): boolean {
  return value === true || value === 'Y' || value === '1' || value === 1 || value === 'true';
}

function icon(i: ConnectorIcon): Raw {
  const out: Raw = { DATA_IMAGE: i.dataImage };
  if (i.color !== undefined) out.COLOR = i.color;
  if (i.size !== undefined) out.SIZE = i.size;
  if (i.position !== undefined) out.POSITION = i.position;
  return out;
}

export async function registerConnector(
  caller: PortalCaller,
  credential: PortalCredential,
  input: RegisterConnectorInput,
): Promise<true> {
  const params: Raw = {
    ID: input.id,
    NAME: input.name,
    ICON: icon(input.icon),
    PLACEMENT_HANDLER: input.placementHandler,
  };
  if (input.iconDisabled) params.ICON_DISABLED = icon(input.iconDisabled);
  if (input.chatGroup !== undefined) params.CHAT_GROUP = input.chatGroup ? 'Y' : 'N';
  const { result } = await caller.call<unknown>('imconnector.register', params, credential);
  const body = obj(result);
  if (body.result === false || 'error' in body) {
    throw new PortalError({
      code: String(body.error ?? ''),
      httpStatus: 200,
      method: 'imconnector.register',
      description: typeof body.error_description === 'string' ? body.error_description : '',
      transport: false,
      outcomeUnknown: false,
      secrets: credentialSecrets(credential),
    });
  }
  return true;
}

export async function activateConnector(
  caller: PortalCaller,
  credential: PortalCredential,
  connector: string,
  line: number,
  active: boolean,
): Promise<boolean> {
  const params = { CONNECTOR: connector, LINE: line, ACTIVE: active ? '1' : '0' };
  const { result } = await caller.call<unknown>('imconnector.activate', params, credential);
  return truthy(result);
}

/** DATA replaces the stored settings as a whole (no partial update). */
export async function setConnectorData(
  caller: PortalCaller,
  credential: PortalCredential,
  connector: string,
  line: number,
  data: ConnectorData,
): Promise<boolean> {
  const DATA: Raw = { ID: data.id };
  if (data.url !== undefined) DATA.URL = data.url;
  if (data.urlIm !== undefined) DATA.URL_IM = data.urlIm;
  if (data.name !== undefined) DATA.NAME = data.name;
  const { result } = await caller.call<unknown>(
    'imconnector.connector.data.set',
    { CONNECTOR: connector, LINE: line, DATA },
    credential,
  );
  return truthy(result);
}

export async function getConnectorStatus(
  caller: PortalCaller,
  credential: PortalCredential,
  connector: string,
  line: number,
): Promise<ConnectorStatus> {
  const { result } = await caller.call<unknown>(
    'imconnector.status',
    { CONNECTOR: connector, LINE: line },
    credential,
  );
  const body = obj(result);
  return {
    line: intOrNull(body.LINE) ?? line,
    connector: typeof body.CONNECTOR === 'string' ? body.CONNECTOR : connector,
    error: truthy(body.ERROR),
    configured: truthy(body.CONFIGURED),
    active: truthy(body.STATUS),
  };
}

function messageParams(m: ConnectorOutgoingMessage): Raw {
  const user: Raw = { id: m.user.id };
  if (m.user.name !== undefined) user.name = m.user.name;
  if (m.user.lastName !== undefined) user.last_name = m.user.lastName;
  if (m.user.pictureUrl !== undefined) user.picture = { url: m.user.pictureUrl };
  if (m.user.url !== undefined) user.url = m.user.url;
  if (m.user.email !== undefined) user.email = m.user.email;
  if (m.user.phone !== undefined) user.phone = m.user.phone;
  if (m.user.skipPhoneValidate) user.skip_phone_validate = 'Y';
  const message: Raw = {};
  if (m.message.id !== undefined) message.id = m.message.id;
  if (m.message.date !== undefined) message.date = m.message.date;
  if (m.message.text !== undefined) message.text = m.message.text;
  if (m.message.files !== undefined) message.files = m.message.files;
  if (m.message.disableCrm) message.disable_crm = 'Y';
  if (m.message.userId !== undefined) message.user_id = m.message.userId;
  const chat: Raw = { id: m.chat.id };
  if (m.chat.name !== undefined) chat.name = m.chat.name;
  if (m.chat.url !== undefined) chat.url = m.chat.url;
  return { user, message, chat };
}

export function normalizeSendResults(
  result: unknown,
  sent: readonly ConnectorOutgoingMessage[],
): ConnectorMessageResult[] {
  // `result.{SUCCESS, DATA.RESULT[]}` as in the example (docs/bitrix24-contract.md §10 #20); older docs had no `result` wrapper,
  // which the envelope parser has already unwrapped either way.
  const items = list(obj(obj(result).DATA).RESULT);
  return sent.map((input, index): ConnectorMessageResult => {
    const item = obj(items[index]);
    const externalMessageId =
      typeof obj(item.message).id === 'string'
        ? (obj(item.message).id as string)
        : (input.message.id ?? null);
    if (items[index] === undefined) {
      return { ok: false, externalMessageId, errors: ['NO_RESULT_FOR_MESSAGE'] };
    }
    if (truthy(item.SUCCESS)) {
      const session = obj(item.session);
      return {
        ok: true,
        externalMessageId,
        userId: intOrNull(item.user) ?? 0,
        sessionId: intOrNull(session.ID),
        chatId: intOrNull(session.CHAT_ID),
      };
    }
    const errors = list(item.ERRORS).map((e) => (typeof e === 'string' ? e : JSON.stringify(e)));
    return { ok: false, externalMessageId, errors: errors.length ? errors : ['UNKNOWN_ERROR'] };
  });
}

/**
 * The idempotency key of one `send.messages` call, or undefined when some message has no external
 * id. The portal (and the emulator) de-duplicate by external message id, so with every id present
 * a repeat after a lost answer delivers nothing twice and the traffic engine may retry it; without
 * one a repeat could duplicate that message, so the engine must report OUTCOME_UNKNOWN instead.
 * Hashed: the ids are caller data and the key may appear in diagnostics.
 */
export function sendMessagesIdempotencyKey(
  connector: string,
  line: number,
  messages: readonly ConnectorOutgoingMessage[],
): string | undefined {
  const ids = messages.map((m) => m.message.id);
  if (ids.length === 0 || ids.some((id) => id === undefined || id === '')) return undefined;
  const digest = createHash('sha256')
    .update(JSON.stringify([connector, line, ids]))
    .digest('hex')
    .slice(0, 32);
  return `imconnector.send.messages:${digest}`;
}

export async function sendConnectorMessages(
  caller: PortalCaller,
  credential: PortalCredential,
  connector: string,
  line: number,
  messages: readonly ConnectorOutgoingMessage[],
): Promise<ConnectorMessageResult[]> {
  if (messages.length === 0) return [];
  const idempotencyKey = sendMessagesIdempotencyKey(connector, line, messages);
  const { result } = await caller.call<unknown>(
    'imconnector.send.messages',
    { CONNECTOR: connector, LINE: line, MESSAGES: messages.map(messageParams) },
    credential,
    idempotencyKey === undefined ? {} : { idempotencyKey },
  );
  return normalizeSendResults(result, messages);
}
