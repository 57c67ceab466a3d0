/**
 * Waits for a condition instead of sleeping: polls `condition` until it holds, and fails with `what`
 * after `timeoutMs` (generous: it only bounds a wait that normally ends within milliseconds).
 * Polls through setImmediate, so it also works while a test has faked setTimeout.
 */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
