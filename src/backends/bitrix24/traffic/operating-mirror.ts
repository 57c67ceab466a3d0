/**
 * The client-side mirror of the per-method operating budget (docs/bitrix24-contract.md §4.2). Every answer's
 * `time.operating` (seconds this method ran for this credential over the last 10 minutes) and
 * `time.operating_reset_at` (when the oldest minute drops out) update it; a 429
 * OPERATION_TIME_LIMIT pauses the method. Pure functions over plain state, shared by the stores.
 */
export interface OperatingState {
  /** seconds, as last reported */
  operating: number;
  /** ms since epoch when the oldest bucket expires, as last reported */
  resetAtMs: number;
  /** ms since epoch before which the method must not be called (after a 429) */
  blockedUntilMs: number;
}

export interface OperatingShape {
  limitSeconds: number;
  marginSeconds: number;
  /** pause after a 429 when the reported reset time is already past */
  pauseMs: number;
}

export const EMPTY_OPERATING: OperatingState = { operating: 0, resetAtMs: 0, blockedUntilMs: 0 };

/** How long a call of this method must wait now (0 = go). */
export function operatingWaitMs(state: OperatingState, now: number, shape: OperatingShape): number {
  if (state.blockedUntilMs > now) return state.blockedUntilMs - now;
  const nearLimit = state.operating >= shape.limitSeconds - shape.marginSeconds;
  // Once the oldest bucket has expired the sum is unknown (maybe still high): let calls through,
  // and the next answer re-syncs the mirror.
  if (nearLimit && state.resetAtMs > now) return state.resetAtMs - now;
  return 0;
}

/** Folds one answer's time block into the state. */
export function recordOperating(
  state: OperatingState,
  operating: number | undefined,
  resetAtSeconds: number | undefined,
): OperatingState {
  if (operating === undefined) return state;
  return {
    operating,
    resetAtMs: resetAtSeconds === undefined ? state.resetAtMs : resetAtSeconds * 1000,
    blockedUntilMs: state.blockedUntilMs,
  };
}

/** The portal refused with 429 OPERATION_TIME_LIMIT: pause until the known reset, or `pauseMs`. */
export function blockOperating(state: OperatingState, now: number, shape: OperatingShape): OperatingState {
  const until = state.resetAtMs > now ? state.resetAtMs : now + shape.pauseMs;
  return { ...state, blockedUntilMs: Math.max(state.blockedUntilMs, until) };
}
