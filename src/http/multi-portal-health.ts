/**
 * Health in multi-portal mode. `/health` says the facade is up without probing every portal (there
 * may be thousands behind a wildcard): `portal: { mode: 'multi', hosts: n }`. `Query.portal` probes
 * the request's own portal, with the same cached probe as a single portal, one per origin.
 */
import { unauthenticated } from '../graphql-errors/facade-errors.js';
import { createHealthCheck, type HealthCheck } from '../graphql/portal-health.js';
import { PORTAL_DOMAIN_REQUIRED, PORTAL_DOMAIN_REQUIRED_MESSAGE } from '../graphql/portal-domain.js';

/** The `/health` body's `portal` in multi-portal mode. */
export interface MultiPortalSummary {
  mode: 'multi';
  /** How many patterns BITRIX24_PORTAL_HOSTS holds. */
  hosts: number;
}

/** Probes remembered at most (a wildcard admits any number of portals); the oldest is dropped. */
const MAX_REMEMBERED_PORTALS = 1000;

/** One probe per portal origin (GET of the origin: any HTTP answer means reachable). */
export function perPortalHealthChecks(max = MAX_REMEMBERED_PORTALS): (origin: string) => HealthCheck {
  const checks = new Map<string, HealthCheck>();
  return (origin) => {
    let check = checks.get(origin);
    if (check === undefined) {
      check = createHealthCheck({ url: `${origin}/`, requireOk: false });
      checks.set(origin, check);
      if (checks.size > max) checks.delete(checks.keys().next().value as string);
    }
    return check;
  };
}

/**
 * The context's health check before a portal is known. Unreachable in practice (require-identity
 * refuses such operations first), but if reached it says what is missing instead of probing.
 */
export const noPortalNamed: HealthCheck = {
  check: () => Promise.reject(unauthenticated(PORTAL_DOMAIN_REQUIRED_MESSAGE, PORTAL_DOMAIN_REQUIRED)),
};
