/** The errors the vote methods answer with (docs/bitrix24-contract.md §6, docs/bitrix24-contract.md §10 #8–#11). */
import { EmulatorError } from '../core/emulator-error.js';

export const attachNotFound = () => new EmulatorError(400, 'ATTACH_NOT_FOUND', 'Attach not found');

/** docs/bitrix24-contract.md §10 #8: HTTP "4xx" in the docs; 403 with the field-table wording. */
export const attachAccessDenied = () =>
  new EmulatorError(403, 'ATTACH_READ_ACCESS_DENIED', 'No permission to participate in the vote');

/** docs/bitrix24-contract.md §10 #9: the numeric codes come as strings and the HTTP status equals the number. */
export const pollInactive = () => new EmulatorError(403, '403', 'The poll is inactive.');

/** docs/bitrix24-contract.md §10 #11: every rejected ballot (double vote, bad ids, recall without revoting) gets this one. */
export const votingFailed = () => new EmulatorError(400, '400', 'Failed to save the voting');

export const sendError = (status: 400 | 403, description: string) =>
  new EmulatorError(status, String(status), description);

/** docs/bitrix24-contract.md §10 #10: getMany reports its errors with an empty `error` code. */
export const getManyError = (description: string) => new EmulatorError(400, '', description);
