/**
 * The Bitrix24 ConnectorBackend: the imconnector.* wrappers of connector.portal.ts over one
 * request's portal caller. `credential` is asked per call: the application's token (which may be
 * refreshed between calls) when the server holds one, else the caller's.
 */
import type { ConnectorBackend } from '../../../connector/connector.backend.js';
import { credentialOrigin, type PortalCredential } from '../credential.js';
import type { PortalCaller } from '../portal-caller.js';
import {
  activateConnector,
  getConnectorStatus,
  registerConnector,
  sendConnectorMessages,
  setConnectorData,
} from './connector.portal.js';

export function createBitrix24ConnectorBackend(
  caller: PortalCaller,
  /** The request's own credential: it names the portal. */
  requestCredential: PortalCredential,
  credential: () => Promise<PortalCredential>,
): ConnectorBackend {
  return {
    // The app's token, when used, belongs to the same portal as the request's credential.
    origin: credentialOrigin(requestCredential),
    register: async (input) => registerConnector(caller, await credential(), input),
    activate: async (connector, line, active) =>
      activateConnector(caller, await credential(), connector, line, active),
    setData: async (connector, line, data) =>
      setConnectorData(caller, await credential(), connector, line, data),
    status: async (connector, line) => getConnectorStatus(caller, await credential(), connector, line),
    sendMessages: async (connector, line, messages) =>
      sendConnectorMessages(caller, await credential(), connector, line, messages),
  };
}
