/**
 * One warning per portal redirect followed or refused. Only origins, status and method name: a
 * webhook call's path holds the webhook code, so a Location is never logged whole.
 */
import type { RedirectEvent } from '../backends/bitrix24/client.js';
import type { Logger } from './logger.js';

export function logRedirect(logger: Logger): (event: RedirectEvent) => void {
  return (event) =>
    logger.warn(event.outcome === 'refused' ? 'portal redirect refused' : 'portal redirect followed', {
      method: event.method,
      httpStatus: event.httpStatus,
      from: event.from,
      to: event.to,
      remembered: event.outcome === 'remembered',
    });
}
