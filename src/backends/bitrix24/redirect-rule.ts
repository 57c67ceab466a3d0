/**
 * Where a portal's 30x may take a call. The body of the re-sent POST carries the user's `auth`
 * token, and a webhook call's path carries the webhook code, so a redirect is decided before
 * anything is sent to its target, and on every call: a single-portal facade must not let one 30x
 * re-route every later call of every user until restart.
 *
 * Single-portal modes (OAuth, webhook, emulator) follow a redirect:
 * - to the same origin (a path change), never remembered (nothing moved);
 * - to a host the operator listed (BITRIX24_REDIRECT_HOSTS): followed and remembered, so later calls
 *   go straight there (the operator consented to the move);
 * - to the same registrable domain as the configured portal (`acme.bitrix24.com` renamed to
 *   `newname.bitrix24.com`): followed for this call only, never remembered, so each later call
 *   asks the configured portal again. The registrable domain is public-suffix aware (tldts, with
 *   the private section: `a.github.io` and `b.github.io` belong to different owners). An IP
 *   address has no registrable domain: from an IP-addressed portal only the same address (any
 *   port) counts, and a name never matches an address nor the other way round. A host with no
 *   registrable domain (`localhost`, a bare TLD) matches only itself.
 * Anything else is refused (UNSAFE_REDIRECT). Multi-portal mode has its own rule (a listed portal
 * only, see config/portal-hosts.ts `isAllowedRedirectTarget`).
 *
 * The scheme rule (https, plain http only for loopback) is checked separately by the client.
 */
import { getDomain, parse } from 'tldts';

export type RedirectDecision = 'follow' | 'follow-and-remember' | 'refuse';

/** Decides a redirect of a call that started at `startOrigin` to `targetOrigin` (both `scheme://host[:port]`). */
export type RedirectRule = (startOrigin: string, targetOrigin: string) => RedirectDecision;

/** The site a host belongs to, for the same-registrable-domain rule (see the file comment). */
export function siteOf(hostname: string): string {
  const bare = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (parse(bare).isIp === true) return `ip:${bare}`;
  const domain = getDomain(bare, { allowPrivateDomains: true });
  return `dns:${domain ?? bare}`;
}

export function sameSite(startOrigin: string, targetOrigin: string): boolean {
  try {
    return siteOf(new URL(startOrigin).hostname) === siteOf(new URL(targetOrigin).hostname);
  } catch {
    return false;
  }
}

/**
 * The single-portal rule. `operatorAllowed` is the BITRIX24_REDIRECT_HOSTS allow-list (a target on it
 * is followed and remembered); without it only same-origin and same-site redirects are followed.
 */
export function singlePortalRedirects(operatorAllowed?: (targetOrigin: string) => boolean): RedirectRule {
  return (startOrigin, targetOrigin) => {
    if (operatorAllowed?.(targetOrigin) === true) return 'follow-and-remember';
    if (startOrigin === targetOrigin) return 'follow';
    return sameSite(startOrigin, targetOrigin) ? 'follow' : 'refuse';
  };
}

/** The multi-portal rule: a target another request could name itself (a listed portal), remembered. */
export function listedPortalRedirects(allowed: (targetOrigin: string) => boolean): RedirectRule {
  return (_startOrigin, targetOrigin) => (allowed(targetOrigin) ? 'follow-and-remember' : 'refuse');
}
