/**
 * Which stored Telegram session acts for a request: the session stored under the caller's link key.
 * The link key is the identity's subject, which holds no secret: `api-key#N` in webhook mode (the
 * N-th key of FACADE_API_KEYS), `token:<hash>` for an access token in the emulator and OAuth modes
 * (`@<host>` appended in multi-portal mode). The login command stores sessions under this key
 * (`--api-key N` or `--token`), and emulator mode seeds its sessions under the dev tokens' keys.
 */
import type { Identity } from '../graphql/identity.js';

export function telegramLinkKey(identity: Identity): string {
  return identity.subject;
}
