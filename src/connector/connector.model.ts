/** Open Channel connector objects (docs/bitrix24-contract.md §8). Connector calls need an OAuth application token. */

export interface ConnectorIcon {
  /** `data:image/svg+xml,<url-encoded svg>` */
  dataImage: string;
  color?: string;
  size?: string;
  position?: string;
}

export interface RegisterConnectorInput {
  /** `[0-9a-z_]`, no dot; becomes CONNECTOR everywhere else */
  id: string;
  name: string;
  icon: ConnectorIcon;
  iconDisabled?: ConnectorIcon;
  placementHandler: string;
  chatGroup?: boolean;
}

export interface ConnectorData {
  /** external channel id, e.g. "channel-123" */
  id: string;
  url?: string;
  urlIm?: string;
  name?: string;
}

export interface ConnectorStatus {
  line: number;
  connector: string;
  error: boolean;
  configured: boolean;
  active: boolean;
}

export interface ConnectorUser {
  id: string;
  name?: string;
  lastName?: string;
  pictureUrl?: string;
  url?: string;
  email?: string;
  phone?: string;
  skipPhoneValidate?: boolean;
}

export interface ConnectorOutgoingMessage {
  user: ConnectorUser;
  message: {
    /** external message id (recommended: results are matched by it) */
    id?: string;
    /** unix seconds */
    date?: number;
    text?: string;
    files?: { url: string; name?: string }[];
    disableCrm?: boolean;
    userId?: number;
  };
  chat: { id: string; name?: string; url?: string };
}

export type ConnectorMessageResult =
  | {
      ok: true;
      externalMessageId: string | null;
      /** the Bitrix24 user created for the external user */
      userId: number;
      /** Open Channel session */
      sessionId: number | null;
      chatId: number | null;
    }
  | { ok: false; externalMessageId: string | null; errors: string[] };
