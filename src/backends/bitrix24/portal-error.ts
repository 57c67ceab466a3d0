import { BackendFailure, type BackendOutcome } from '../../outcomes/backend-failure.js';
import { redact } from '../../outcomes/redact.js';
import { portalOutcome } from './errors/classify-portal-error.js';

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
 *
 * It is the backend-neutral BackendFailure whose outcome comes from the Bitrix24 error table
 * (errors/portal-error-map.ts), computed on first use: the traffic engine's RateLimitedError sets
 * its retryAfterSeconds after construction. So every throw site in this backend stays as it is,
 * the retry policy keeps reading the portal's own code, and every layer above reads only the
 * neutral outcome, `upstream` and `outcomeUnknown`.
 */
export class PortalError extends BackendFailure {
  readonly code: string;
  readonly httpStatus: number | null;
  readonly method: string;
  readonly description: string;
  readonly transport: boolean;
  #classified: BackendOutcome | undefined;

  constructor(init: PortalErrorInit) {
    const secrets = init.secrets ?? [];
    const description = redact(init.description, secrets);
    const method = redact(init.method, secrets);
    const status = init.httpStatus === null ? '' : ` (HTTP ${init.httpStatus})`;
    super(
      null,
      `${method}: ${init.code === '' ? '(empty error code)' : init.code}${status}${description ? `: ${description}` : ''}`,
      undefined,
      {
        upstream: { backend: 'bitrix24', method, code: init.code, httpStatus: init.httpStatus },
        outcomeUnknown: init.outcomeUnknown,
      },
    );
    this.name = 'PortalError';
    this.code = init.code;
    this.httpStatus = init.httpStatus;
    this.method = method;
    this.description = description;
    this.transport = init.transport;
  }

  override get outcome(): BackendOutcome {
    this.#classified ??= portalOutcome(this);
    return this.#classified;
  }

  /** The message is a diagnostic for logs; clients get the outcome's text (the table's or the code's). */
  override get publicMessage(): string | undefined {
    return undefined;
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
