export * from './credential.js';
export * from './portal-error.js';
export * from './errors.js';
export * from './portal-caller.js';
export {
  createPortalClient,
  type PortalClient,
  type PortalClientOptions,
  type RedirectEvent,
} from './client.js';
export * from './redirect-rule.js';
export * from './batch.js';
export { encodePhpQuery, type PhpQueryOptions } from './php-query.js';
export { parseTime } from './envelope.js';
export { redact } from '../../outcomes/redact.js';
