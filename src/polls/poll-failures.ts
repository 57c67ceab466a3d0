/**
 * Backend failures of poll mutations -> the UserErrors their result unions hold. The backend's
 * error table (Bitrix24: backends/bitrix24/errors/portal-error-map.ts) decides the first cut, and
 * graphql-errors' failureToUserError is the one path to a UserError; this file only narrows what
 * the table cannot know: the one `400 "Failed to save the voting"` that `vote` and `recall` send
 * for several causes (docs/bitrix24-contract.md §6.6, docs/bitrix24-contract.md §6.7, docs/bitrix24-contract.md §10 #11), decided by the poll state read just before.
 */
import { failureToUserError } from '../graphql-errors/failure-to-user-error.js';
import { UserErrorCode } from '../graphql-errors/user-error-code.js';
import {
  AlreadyVoted,
  PollClosed,
  RevoteNotAllowed,
  ValidationFailed,
  type UserError,
} from '../graphql-errors/user-error.types.js';
import { sameBallot, type Ballot, type Poll } from './poll.model.js';

/** Whether `ballot` is the one the caller already cast in `poll`. */
function isMyBallot(poll: Poll, ballot: Ballot): boolean {
  return sameBallot(
    Object.fromEntries(poll.viewer.myAnswers.map((a) => [a.questionId, a.answerIds])),
    ballot,
  );
}

export const CAST_BALLOT_ERRORS = [
  UserErrorCode.POLL_CLOSED,
  UserErrorCode.REVOTE_NOT_ALLOWED,
  UserErrorCode.ALREADY_VOTED,
  UserErrorCode.VALIDATION_FAILED,
  UserErrorCode.POLL_NOT_FOUND,
  UserErrorCode.PERMISSION_DENIED,
  UserErrorCode.NOT_SUPPORTED,
] as const;

/**
 * A failed `vote`. The portal's catch-all rejection is explained by the state read before it:
 * a stopped poll → PollClosed; a caller who has voted where revoting is off → AlreadyVoted (same
 * ballot again, e.g. a retry) or RevoteNotAllowed (a different ballot); otherwise the answers
 * themselves were refused → ValidationFailed on `field`.
 */
export function castBallotFailure(e: unknown, before: Poll, ballot: Ballot, field: string): UserError {
  const error = failureToUserError(e, { allowed: [...CAST_BALLOT_ERRORS, UserErrorCode.VOTE_REJECTED] });
  if (error.code !== UserErrorCode.VOTE_REJECTED) return error;
  if (before.finished) return new PollClosed();
  if (before.viewer.hasVoted && !before.revoteAllowed) {
    return isMyBallot(before, ballot)
      ? new AlreadyVoted('You have already voted with this ballot; this poll does not allow changing it.')
      : new RevoteNotAllowed('You have already voted and this poll does not allow changing a vote.');
  }
  return new ValidationFailed(field, 'The portal refused these answers.', 'rejectedByPortal');
}

export const RECALL_ERRORS = [
  UserErrorCode.REVOTE_NOT_ALLOWED,
  UserErrorCode.POLL_CLOSED,
  UserErrorCode.POLL_NOT_FOUND,
  UserErrorCode.PERMISSION_DENIED,
  UserErrorCode.NOT_SUPPORTED,
] as const;

/** A failed `recall`: its catch-all rejection has one documented cause, revoting being off (docs/bitrix24-contract.md §6.7). */
export function recallFailure(e: unknown): UserError {
  const error = failureToUserError(e, { allowed: [...RECALL_ERRORS, UserErrorCode.VOTE_REJECTED] });
  if (error.code !== UserErrorCode.VOTE_REJECTED) return error;
  return new RevoteNotAllowed('This poll does not allow recalling a vote.');
}

export const SEND_POLL_ERRORS = [
  UserErrorCode.VALIDATION_FAILED,
  UserErrorCode.CHAT_NOT_FOUND,
  UserErrorCode.PERMISSION_DENIED,
  UserErrorCode.NOT_SUPPORTED,
] as const;

export const POLL_ADMIN_ERRORS = [
  UserErrorCode.POLL_NOT_FOUND,
  UserErrorCode.PERMISSION_DENIED,
  UserErrorCode.NOT_SUPPORTED,
] as const;
