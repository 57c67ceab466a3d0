import { redact } from './redact.js';

/** Our own codes for failures where the portal said nothing usable. */
export type TransportErrorCode =
  | 'TIMEOUT'
  | 'CONNECTION_RESET'
  | 'CONNECTION_REFUSED'
  | 'NETWORK_ERROR'
  | 'BAD_RESPONSE'
  | 'ABORTED'
  | 'TOO_MANY_REDIRECTS';

export interface PortalErrorInit {
  /** The portal's `error` string exactly as sent (may be "", "400", lower-case...), or one of ours. */
  code: string;
  httpStatus: number | null;
  method: string;
  /** The portal's `error_description`, or a short excerpt of a non-JSON body, or our own text. */
  description: string;
  /** true when no portal error envelope was received (network failure, garbage body). */
  transport: boolean;
  /** true when the request may have reached the portal and been executed. */
  outcomeUnknown: boolean;
  /** Secrets to scrub from every text kept on the error. */
  secrets?: readonly string[];
}

/**
 * Every failure of a portal call. Nothing the portal said is lost (`code`, `description`,
 * `httpStatus`), and no secret ends up in anything serialisable: texts are scrubbed of webhook
 * codes, `auth=` values and the call's own token at construction time.
 */
export class PortalError extends Error {
  readonly code: string;
  readonly httpStatus: number | null;
  readonly method: string;
  readonly description: string;
  readonly transport: boolean;
  readonly outcomeUnknown: boolean;

  constructor(init: PortalErrorInit) {
    const secrets = init.secrets ?? [];
    const description = redact(init.description, secrets);
    const method = redact(init.method, secrets);
    const status = init.httpStatus === null ? '' : ` (HTTP ${init.httpStatus})`;
    super(
      `${method}: ${init.code === '' ? '(empty error code)' : init.code}${status}${description ? `: ${description}` : ''}`,
    );
    this.name = 'PortalError';
    this.code = init.code;
    this.httpStatus = init.httpStatus;
    this.method = method;
    this.description = description;
    this.transport = init.transport;
    this.outcomeUnknown = init.outcomeUnknown;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      httpStatus: this.httpStatus,
      method: this.method,
      description: this.description,
      transport: this.transport,
      outcomeUnknown: this.outcomeUnknown,
    };
  }
}
