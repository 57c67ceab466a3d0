/**
 * The Open Channel connector port: what the connector feature needs of its backend, without the
 * client, the credential or the transport's errors. One implementation today (Bitrix24:
 * src/backends/bitrix24/connector/); the composition root registers it under CONNECTOR_BACKEND.
 * Failures reject with the backend-neutral BackendFailure (outcomes/backend-failure.ts).
 */
import { backendKey } from '../graphql/backend-registry.js';
import type {
  ConnectorData,
  ConnectorMessageResult,
  ConnectorOutgoingMessage,
  ConnectorStatus,
  RegisterConnectorInput,
} from './connector.model.js';

export interface ConnectorBackend {
  /**
   * Names the portal the request acts on, for keys of state shared between replicas: external
   * message ids repeat across the portals of a multi-portal facade.
   */
  readonly origin: string;
  register(input: RegisterConnectorInput): Promise<true>;
  activate(connector: string, line: number, active: boolean): Promise<boolean>;
  /** The data replaces the stored settings as a whole (no partial update). */
  setData(connector: string, line: number, data: ConnectorData): Promise<boolean>;
  status(connector: string, line: number): Promise<ConnectorStatus>;
  /** One result per message, in input order; a repeated external id is delivered once. */
  sendMessages(
    connector: string,
    line: number,
    messages: readonly ConnectorOutgoingMessage[],
  ): Promise<ConnectorMessageResult[]>;
}

export const CONNECTOR_BACKEND = backendKey<ConnectorBackend>('connector');
