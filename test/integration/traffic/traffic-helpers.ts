/** Shared set-up for the traffic engine's integration tests: the real client over HTTP, the engine on top. */
import type { RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import { createPortalClient, type PortalCredential } from '../../../src/backends/bitrix24/index.js';
import { createTrafficEngine, type TrafficEngineInit } from '../../../src/backends/bitrix24/traffic/index.js';

export const webhookOf = (emu: RunningEmulator): PortalCredential => ({
  kind: 'webhook',
  webhookUrl: emu.webhookUrl,
});

export const oauthOf = (emu: RunningEmulator, user = 1): PortalCredential => ({
  kind: 'oauth',
  portalUrl: emu.url,
  accessToken: `dev-token-${user}`,
});

export function engineFor(init: TrafficEngineInit = {}, timeoutMs = 10_000) {
  return createTrafficEngine(createPortalClient({ timeoutMs, userAgent: 'traffic-tests/1' }), init);
}

/** Executed method calls (batch commands included), by name, from the emulator's call log. */
export function callsTo(emu: RunningEmulator, method: string): number {
  return emu.calls().filter((c) => c.method.toLowerCase() === method.toLowerCase()).length;
}

export function rateLimitedInLog(emu: RunningEmulator): number {
  return emu.calls().filter((c) => c.errorCode === 'QUERY_LIMIT_EXCEEDED').length;
}

/**
 * HTTP requests the emulator refused before running anything (503 QUERY_LIMIT_EXCEEDED when no
 * fault is injected): every request that ran shows up as one top-level call-log entry.
 */
export function refusedRequests(emu: RunningEmulator): number {
  return emu.httpRequests() - emu.calls().filter((c) => !c.batched).length;
}
