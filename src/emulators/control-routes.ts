/**
 * The test controls both embedded upstreams share under `/_emulator/`: the call log, reset and
 * injected faults, in one shape, so a test drives the Bitrix24 emulator and the Telegram server the
 * same way. Each emulator's control API answers these first and adds its own routes.
 */
export interface ControllableEngine {
  readonly log: { list(): unknown[]; clear(): void };
  readonly faults: { list(): unknown[]; add(spec: unknown): unknown; clear(): void };
  reset(): void;
}

/** The answer to a shared control endpoint (`GET /_emulator/calls`...), or undefined for any other. */
export function sharedControl(engine: ControllableEngine, endpoint: string, body: unknown): unknown {
  switch (endpoint) {
    case 'GET /_emulator/calls':
      return engine.log.list();
    case 'DELETE /_emulator/calls':
      engine.log.clear();
      return { ok: true };
    case 'POST /_emulator/reset':
      engine.reset();
      return { ok: true };
    case 'GET /_emulator/faults':
      return { faults: engine.faults.list() };
    case 'POST /_emulator/faults':
      return { ok: true, fault: engine.faults.add(body) };
    case 'DELETE /_emulator/faults':
      engine.faults.clear();
      return { ok: true };
    default:
      return undefined;
  }
}
