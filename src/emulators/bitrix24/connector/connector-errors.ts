/** Top-level imconnector errors (docs/bitrix24-contract.md §8): real HTTP errors, unlike register's 200-wrapped ones. */
import { EmulatorError } from '../core/emulator-error.js';

export function argumentError(name: string): EmulatorError {
  return new EmulatorError(400, 'ERROR_ARGUMENT', `Argument '${name}' is null or empty`);
}

export function notActiveLine(): EmulatorError {
  return new EmulatorError(400, 'NOT_ACTIVE_LINE', 'The line with this ID is inactive or does not exist');
}

export function noProvider(): EmulatorError {
  return new EmulatorError(
    400,
    'IMCONNECTOR_NO_CORRECT_PROVIDER',
    'Failed to find a suitable provider for the connector',
  );
}

/**
 * The webhook refusal. Every imconnector page has "…for this method Application context required",
 * except the status page, which has a period after "method"; the core sends the common text.
 */
export function wrongAuthTypeWithPeriod(): EmulatorError {
  return new EmulatorError(
    403,
    'WRONG_AUTH_TYPE',
    'Current authorization type is denied for this method. Application context required',
  );
}
