/**
 * Which linked Telegram session a facade caller acts as: the key TelegramAccess.actorFor takes.
 * Emulator mode: the dev user's number ("3" for dev-token-3), so dev-token-N acts as the embedded
 * Telegram server's user N. Otherwise the identity's subject (a hash of the token, the API key's
 * position), never the credential itself. The Telegram runtime may refine this mapping.
 */
import type { Identity } from '../graphql/identity.js';

const DEV_TOKEN = /^dev-token-(\d{1,6})$/;

export function telegramLinkKey(identity: Identity): string {
  if (identity.mode === 'emulator' && identity.credential.kind === 'oauth') {
    const dev = DEV_TOKEN.exec(identity.credential.accessToken);
    if (dev) return dev[1] as string;
  }
  return identity.subject;
}
