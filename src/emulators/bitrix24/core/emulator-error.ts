/**
 * An error the emulated portal answers with: `{"error": code, "error_description": description}`
 * and the given HTTP status. Handlers throw it; the HTTP layer (or `batch`) turns it into the
 * portal's error envelope (or a `result_error` entry) with `errorBody`.
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

/** The portal's error envelope (and a batch `result_error` entry). */
export interface ErrorBody {
  error: string;
  error_description: string;
}

export function errorBody(e: EmulatorError): ErrorBody {
  return { error: e.code, error_description: e.description };
}
