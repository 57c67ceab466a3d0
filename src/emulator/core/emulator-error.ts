/**
 * An error the emulated portal answers with: `{"error": code, "error_description": description}`
 * and the given HTTP status. Handlers throw it; the HTTP layer (or `batch`) turns it into the
 * portal's error envelope (or a `result_error` entry).
 */
export class EmulatorError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly description: string,
  ) {
    super(`${status} ${code}: ${description}`);
    this.name = 'EmulatorError';
  }
}
