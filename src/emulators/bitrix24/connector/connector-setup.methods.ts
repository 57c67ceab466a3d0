/** imconnector.register / activate / connector.data.set / status (docs/bitrix24-contract.md §8.1–docs/bitrix24-contract.md §8.4). */
import type { CallContext, MethodDefinition, Params } from '../core/method.js';
import { getParam, isMissing, toBool, toObject, toStr } from '../core/params.js';
import type { EmConnector } from '../store/state.js';
import { credentialOf, insufficientScope } from '../core/auth.js';
import { argumentError, wrongAuthTypeWithPeriod } from './connector-errors.js';
import {
  ensureConnectorLine,
  findConnectorLine,
  readConnectorId,
  readLine,
  requireConnector,
} from './connector-lines.js';

/** The scope pages say `imopenlines`, the overview also `imconnector`: either is enough (docs/bitrix24-contract.md §10 #19). */
export const CONNECTOR_SCOPES = ['imopenlines', 'imconnector'];

const REGISTER_ERRORS = {
  APPLICATION_REGISTRATION_ERROR_POINT:
    'Application registration error. Using a dot in the connector identifier is not allowed',
  CONNECTOR_ID_REQUIRED: 'Connector ID is not specified',
  NAME_REQUIRED: 'Connector name is not specified',
  ICON_REQUIRED: 'Connector icon is not specified',
  NO_APPLICATION_ID: 'Failed to get application ID',
  NO_PLACEMENT_HANDLER: 'Failed to get embedding handler URL',
  APPLICATION_REGISTRATION_ERROR: 'Application registration error',
  GENERAL_CONNECTOR_REGISTRATION_ERROR: 'General connector registration error',
} as const;

const OPTION_FLAGS = [
  'DEL_EXTERNAL_MESSAGES',
  'EDIT_INTERNAL_MESSAGES',
  'DEL_INTERNAL_MESSAGES',
  'NEWSLETTER',
  'NEED_SYSTEM_MESSAGES',
  'NEED_SIGNATURE',
];

/** register reports business errors inside a 200 envelope (docs/bitrix24-contract.md §8.1), not as HTTP errors. */
function registerFailure(code: keyof typeof REGISTER_ERRORS) {
  return { result: { result: false, error: code, error_description: REGISTER_ERRORS[code] } };
}

function register(params: Params, ctx: CallContext) {
  if (ctx.auth.kind !== 'oauth') return registerFailure('NO_APPLICATION_ID');
  const rawId = getParam(params, 'ID');
  if (typeof rawId !== 'string' || rawId.trim() === '') return registerFailure('CONNECTOR_ID_REQUIRED');
  if (rawId.includes('.')) return registerFailure('APPLICATION_REGISTRATION_ERROR_POINT');
  const name = getParam(params, 'NAME');
  if (typeof name !== 'string' || name.trim() === '') return registerFailure('NAME_REQUIRED');
  const icon = toObject(getParam(params, 'ICON'));
  const image = icon ? getParam(icon, 'DATA_IMAGE') : undefined;
  if (!icon || typeof image !== 'string' || image === '') return registerFailure('ICON_REQUIRED');
  // The icon must be an SVG data URI; anything else is one of the "other validation errors".
  if (!image.startsWith('data:image/svg+xml')) return registerFailure('GENERAL_CONNECTOR_REGISTRATION_ERROR');
  const handler = getParam(params, 'PLACEMENT_HANDLER');
  if (typeof handler !== 'string' || handler.trim() === '') return registerFailure('NO_PLACEMENT_HANDLER');

  const id = rawId.trim().toLowerCase();
  const clientId = ctx.auth.app.clientId;
  const existing = ctx.state.connectors.get(id);
  // Our choice: another application cannot take over a registered id ("saving failed").
  if (existing && existing.clientId !== clientId) return registerFailure('APPLICATION_REGISTRATION_ERROR');
  const options: Record<string, boolean> = {};
  for (const flag of OPTION_FLAGS) options[flag] = toBool(getParam(params, flag)) ?? true;
  const connector: EmConnector = {
    id,
    name: name.trim(),
    clientId,
    icon,
    placementHandler: handler.trim(),
    chatGroup: toBool(getParam(params, 'CHAT_GROUP')) ?? false,
    options,
  };
  // Registering the same id again updates the connector; its lines keep their state.
  ctx.state.connectors.set(id, connector);
  return { result: { result: true } };
}

function activate(params: Params, ctx: CallContext) {
  const connectorId = readConnectorId(params);
  const line = readLine(params);
  const rawActive = getParam(params, 'ACTIVE');
  // Only an absent ACTIVE is an argument error: an empty value is a value, and it turns the connector
  // off (the page: "an empty value or 0 disables it").
  if (rawActive === undefined || rawActive === null) throw argumentError('ACTIVE');
  // Any non-empty value other than 0 turns the connector on (docs/bitrix24-contract.md §8.2); N and false read as off.
  const text = toStr(rawActive)?.trim().toLowerCase() ?? '';
  const active = !(text === '' || text === '0' || text === 'n' || text === 'false');
  requireConnector(ctx.state, connectorId);
  // No line check: the page documents no error for a line, and its example uses line 107. Whether
  // the line exists matters when messages are sent (NOT_ACTIVE_LINE there).
  ensureConnectorLine(ctx.state, connectorId, line).active = active;
  return { result: true };
}

function dataSet(params: Params, ctx: CallContext) {
  const connectorId = readConnectorId(params);
  const line = readLine(params);
  const data = toObject(getParam(params, 'DATA'));
  if (!data || Object.keys(data).length === 0) throw argumentError('DATA');
  requireConnector(ctx.state, connectorId);
  // As in activate: any line may be given settings; sending checks that the line exists.
  const stored: Record<string, unknown> = { ...data };
  // URL_IM (the operator link) defaults to URL.
  if (isMissing(stored.URL_IM) && !isMissing(stored.URL)) stored.URL_IM = stored.URL;
  // DATA replaces the settings as a whole; there are no partial updates.
  ensureConnectorLine(ctx.state, connectorId, line).data = stored;
  return { result: true };
}

/**
 * The status page's own WRONG_AUTH_TYPE text (with a period) means this method checks the auth type
 * and scopes itself instead of through the core's `oauthOnly`, in the same order: auth type first.
 */
function checkStatusAccess(ctx: CallContext): void {
  if (ctx.auth.kind !== 'oauth') throw wrongAuthTypeWithPeriod();
  const { scopes } = credentialOf(ctx);
  if (!CONNECTOR_SCOPES.some((scope) => scopes.includes(scope))) throw insufficientScope();
}

function status(params: Params, ctx: CallContext) {
  checkStatusAccess(ctx);
  const connectorId = readConnectorId(params);
  // LINE is optional and treated as 0 when omitted; "12" comes back as 12.
  const rawLine = getParam(params, 'LINE');
  const line = isMissing(rawLine) ? 0 : Number(toStr(rawLine)) || 0;
  // docs/bitrix24-contract.md §8.4 UNSPEC: an unknown connector is simply not configured and not active.
  const record = ctx.state.connectors.has(connectorId)
    ? findConnectorLine(ctx.state, connectorId, line)
    : undefined;
  return {
    result: {
      LINE: line,
      CONNECTOR: connectorId,
      ERROR: false,
      CONFIGURED: record?.data != null,
      STATUS: record?.active === true,
    },
  };
}

export const connectorSetupMethods: MethodDefinition[] = [
  { name: 'imconnector.register', scopes: CONNECTOR_SCOPES, oauthOnly: true, handler: register },
  { name: 'imconnector.activate', scopes: CONNECTOR_SCOPES, oauthOnly: true, handler: activate },
  { name: 'imconnector.connector.data.set', scopes: CONNECTOR_SCOPES, oauthOnly: true, handler: dataSet },
  // Access is checked by the handler (see checkStatusAccess), hence no scopes/oauthOnly here.
  { name: 'imconnector.status', scopes: [], handler: status },
];
