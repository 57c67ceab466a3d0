/**
 * Multi-portal mode: which portal a request acts on, from its `X-Bitrix24-Domain` header (the
 * portal's DOMAIN, as the BX24 JS SDK and the app's install/placement parameters give it).
 *
 * - no header: the request has no identity yet (UNAUTHENTICATED, reason PORTAL_DOMAIN_REQUIRED,
 *   raised by require-identity unless the operation is only introspection);
 * - a malformed host or one not on BITRIX24_PORTAL_HOSTS: FORBIDDEN, reason PORTAL_NOT_ALLOWED,
 *   at once. FORBIDDEN, not UNAUTHENTICATED: the caller is not missing a credential (a client that
 *   refreshes its token on UNAUTHENTICATED would retry in vain); this facade does not serve that
 *   portal, whoever asks. Either way no portal call is made.
 */
import type { HeaderMap } from '@apollo/server';
import { matchPortalHost, type PortalHost, type PortalHostPattern } from '../config/portal-hosts.js';
import { facadeError } from '../graphql-errors/facade-errors.js';
import { HTTP_STATUS_FOR_CODE } from '../outcomes/error-codes.js';

export const PORTAL_DOMAIN_HEADER = 'x-bitrix24-domain';
export const PORTAL_DOMAIN_REQUIRED = 'PORTAL_DOMAIN_REQUIRED';
export const PORTAL_NOT_ALLOWED = 'PORTAL_NOT_ALLOWED';

export const PORTAL_DOMAIN_REQUIRED_MESSAGE =
  'This facade serves several portals: name yours in the X-Bitrix24-Domain header (e.g. X-Bitrix24-Domain: acme.bitrix24.com).';

/** The request's portal, undefined without the header; throws FORBIDDEN for a host it may not use. */
export function requestPortal(
  headers: HeaderMap,
  hosts: readonly PortalHostPattern[],
): PortalHost | undefined {
  const raw = headers.get(PORTAL_DOMAIN_HEADER);
  if (raw === undefined || raw.trim() === '') return undefined;
  const match = matchPortalHost(hosts, raw);
  if (match.kind === 'allowed') return match.portal;
  // A normalised host is safe to name (it is what the caller sent, not a secret); a malformed value
  // is not repeated, as it could be anything.
  const message =
    match.kind === 'not-allowed'
      ? `This facade does not serve the portal ${match.host} (not on its list of portal hosts).`
      : 'The X-Bitrix24-Domain header must be a portal host such as acme.bitrix24.com (no scheme, path or user name).';
  throw facadeError('FORBIDDEN', message, {
    reason: PORTAL_NOT_ALLOWED,
    httpStatus: HTTP_STATUS_FOR_CODE.FORBIDDEN,
  });
}
