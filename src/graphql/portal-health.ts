/**
 * Portal reachability, cheaply: one HTTP request with a short timeout, cached for a few seconds,
 * concurrent callers sharing the request in flight. No user token is ever involved: for the
 * emulator the probe is `GET /_emulator/health` (must answer 2xx); for a real portal it is a GET
 * of the portal origin, where any HTTP answer (even 4xx) proves it is reachable.
 */
export interface PortalHealth {
  reachable: boolean;
  /** Round-trip time of the probe in milliseconds; absent when unreachable. */
  latencyMs?: number;
}

export interface HealthCheck {
  check(): Promise<PortalHealth>;
}

export interface HealthCheckOptions {
  url: string;
  /** true: only 2xx counts as reachable (emulator); false: any HTTP status does (portal). */
  requireOk: boolean;
  timeoutMs?: number;
  cacheMs?: number;
  now?: () => number;
}

export function createHealthCheck(options: HealthCheckOptions): HealthCheck {
  const timeoutMs = options.timeoutMs ?? 2000;
  const cacheMs = options.cacheMs ?? 3000;
  const now = options.now ?? (() => performance.now());
  let cached: { at: number; value: PortalHealth } | undefined;
  let inFlight: Promise<PortalHealth> | undefined;

  async function probe(): Promise<PortalHealth> {
    const started = now();
    try {
      const response = await fetch(options.url, {
        method: 'GET',
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
        headers: { accept: 'application/json' },
      });
      await response.body?.cancel();
      const reachable = !options.requireOk || response.ok;
      return reachable ? { reachable, latencyMs: Math.round(now() - started) } : { reachable };
    } catch {
      return { reachable: false };
    }
  }

  return {
    async check() {
      if (cached !== undefined && now() - cached.at < cacheMs) return cached.value;
      inFlight ??= probe().then((value) => {
        cached = { at: now(), value };
        inFlight = undefined;
        return value;
      });
      return inFlight;
    },
  };
}

/** The probe for where portal calls go (see the header comment). */
export function healthCheckFor(
  target: { mode: 'oauth' | 'emulator'; portalUrl: string } | { mode: 'webhook'; webhookUrl: string },
): HealthCheck {
  if (target.mode === 'emulator') {
    return createHealthCheck({ url: new URL('/_emulator/health', target.portalUrl).href, requireOk: true });
  }
  // The origin only: never the webhook path, which holds the secret.
  const origin = new URL(target.mode === 'webhook' ? target.webhookUrl : target.portalUrl).origin;
  return createHealthCheck({ url: `${origin}/`, requireOk: false });
}
