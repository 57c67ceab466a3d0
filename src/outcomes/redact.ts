/**
 * Scrubbing of secrets from any text we keep (error messages, descriptions, excerpts of HTML
 * pages): webhook codes in `/rest/<uid>/<code>/` paths, `auth=` values, and any known secret.
 * It lives beside the outcomes, not in a backend, because every layer that keeps a failure's text
 * uses it: the backends when they build a failure, the error layer's formatError on every string
 * of `extensions`, the logger and the spans.
 */
const WEBHOOK_IN_PATH = /(\/rest\/\d+\/)[^/\s"'?#]+/g;
const AUTH_PARAM =
  /((?:^|[?&\s"'{,])(?:auth|access_token|refresh_token|botToken|client_secret)["']?\s*[=:]\s*["']?)[^&\s"',}]+/gi;

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    // Very short "secrets" would shred ordinary text; real tokens and codes are long.
    if (secret.length >= 4) out = out.split(secret).join('***');
  }
  return out.replace(WEBHOOK_IN_PATH, '$1***').replace(AUTH_PARAM, '$1***');
}
