/**
 * The emulator lifecycle of the contract tests, written once: started (port 0) before the first test
 * of the enclosing file or describe block, optionally reset before each test, closed after the last.
 */
import {
  startEmulator,
  type RunningEmulator,
  type StartEmulatorOptions,
} from '../../src/emulators/bitrix24/index.js';

export interface EmulatorLifecycle {
  /** back to the seed before each test (default true); off where tests build on each other's state */
  resetEachTest?: boolean;
}

/**
 * Registers the jest hooks and returns a stand-in for the running emulator. The emulator only exists
 * once `beforeAll` has run, while test files want one `const emu` to pass around at module level, so
 * the stand-in forwards every property to the emulator of the moment (and says so when touched early).
 */
export function useEmulator(
  options: Omit<StartEmulatorOptions, 'port'> = {},
  lifecycle: EmulatorLifecycle = {},
): RunningEmulator {
  let running: RunningEmulator | undefined;
  const current = (): RunningEmulator => {
    if (running === undefined) throw new Error('the emulator is not running (used outside a test?)');
    return running;
  };
  beforeAll(async () => {
    running = await startEmulator({ ...options, port: 0 });
  });
  afterAll(async () => {
    await running?.close();
    running = undefined;
  });
  if (lifecycle.resetEachTest ?? true) beforeEach(() => current().reset());
  return new Proxy({} as RunningEmulator, {
    get(_target, property) {
      const emulator = current();
      const value: unknown = Reflect.get(emulator, property, emulator);
      return typeof value === 'function' ? value.bind(emulator) : value;
    },
  });
}
