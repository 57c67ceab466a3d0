/**
 * Message ids in bot inputs are portal ids: positive integers. A zero or negative id can only be a
 * client bug, so it is refused with the field named before any portal call (and before any
 * bot-token lookup, which may itself call the portal in webhook mode).
 */
import { ValidationFailed } from '../graphql-errors/user-error.types.js';

export function checkMessageId(value: number | null | undefined, field: string): ValidationFailed | null {
  if (value === null || value === undefined || (Number.isInteger(value) && value > 0)) return null;
  return new ValidationFailed(field, `${field} must be a positive message id.`, 'positive');
}

export function checkMessageIds(
  values: readonly number[] | null | undefined,
  field: string,
): ValidationFailed | null {
  for (const [i, value] of (values ?? []).entries()) {
    const error = checkMessageId(value, `${field}.${i}`);
    if (error) return error;
  }
  return null;
}
