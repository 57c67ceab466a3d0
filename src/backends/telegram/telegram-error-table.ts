/**
 * The one table from Telegram's documented errors to the facade's outcomes: a UserError code (data in
 * a mutation's result union), a facade error code (extensions.code), or the capability outcome.
 * `NOT_SUPPORTED` is the capability outcome: the backend cannot do this at all (e.g. a bot session
 * voting); the GraphQL wiring adds it to the schema's UserErrorCode when it lands.
 */
import { UserErrorCode } from '../../outcomes/user-error-code.js';
import type { FacadeErrorCode } from '../../outcomes/error-codes.js';
import type { TelegramError } from './telegram-error.js';

export const NOT_SUPPORTED = 'NOT_SUPPORTED';

export type TelegramOutcome =
  | { kind: 'user'; code: UserErrorCode; field?: string }
  | { kind: 'facade'; code: FacadeErrorCode; retryAfterSeconds?: number }
  | { kind: 'capability'; code: typeof NOT_SUPPORTED };

const user = (code: UserErrorCode, field?: string): TelegramOutcome => ({ kind: 'user', code, field });
const facade = (code: FacadeErrorCode): TelegramOutcome => ({ kind: 'facade', code });
const invalid = (field: string): TelegramOutcome => user(UserErrorCode.VALIDATION_FAILED, field);
const denied = user(UserErrorCode.PERMISSION_DENIED);

export const TELEGRAM_ERROR_TABLE: Readonly<Record<string, TelegramOutcome>> = {
  // sendVote / editMessage on a poll
  MESSAGE_POLL_CLOSED: user(UserErrorCode.POLL_CLOSED),
  REVOTE_NOT_ALLOWED: user(UserErrorCode.REVOTE_NOT_ALLOWED),
  OPTION_INVALID: invalid('optionIds'),
  OPTIONS_TOO_MUCH: invalid('optionIds'),
  // closing twice: nothing left to do, the poll is closed
  MESSAGE_NOT_MODIFIED: user(UserErrorCode.POLL_CLOSED),
  // sendMedia with inputMediaPoll
  POLL_QUESTION_INVALID: invalid('question'),
  POLL_ANSWERS_INVALID: invalid('answers'),
  POLL_ANSWER_INVALID: invalid('answers'),
  POLL_OPTION_DUPLICATE: invalid('answers'),
  POLL_OPTION_INVALID: invalid('answers'),
  QUIZ_CORRECT_ANSWER_INVALID: invalid('correctAnswers'),
  QUIZ_CORRECT_ANSWERS_EMPTY: invalid('correctAnswers'),
  QUIZ_CORRECT_ANSWERS_TOO_MUCH: invalid('correctAnswers'),
  QUIZ_MULTIPLE_INVALID: invalid('correctAnswers'),
  QUIZ_ANSWER_MISSING: invalid('correctAnswers'),
  MEDIA_INVALID: invalid('poll'),
  BROADCAST_PUBLIC_VOTERS_FORBIDDEN: invalid('publicVoters'),
  // addressing
  MESSAGE_ID_INVALID: user(UserErrorCode.POLL_NOT_FOUND),
  MSG_ID_INVALID: user(UserErrorCode.POLL_NOT_FOUND),
  PEER_ID_INVALID: user(UserErrorCode.CHAT_NOT_FOUND),
  CHANNEL_INVALID: user(UserErrorCode.CHAT_NOT_FOUND),
  // permission
  POLL_MEMBER_RESTRICTED: denied,
  POLL_COUNTRY_RESTRICTED: denied,
  POLL_VOTE_REQUIRED: denied,
  CHANNEL_PRIVATE: denied,
  CHAT_SEND_POLL_FORBIDDEN: denied,
  CHAT_SEND_MEDIA_FORBIDDEN: denied,
  CHAT_WRITE_FORBIDDEN: denied,
  CHAT_ADMIN_REQUIRED: denied,
  MESSAGE_AUTHOR_REQUIRED: denied,
  BROADCAST_FORBIDDEN: denied,
  BUSINESS_CONNECTION_NOT_ALLOWED: denied,
  USER_IS_BOT: denied,
  // capability
  BOT_METHOD_INVALID: { kind: 'capability', code: NOT_SUPPORTED },
  // rate limits (retryAfterSeconds from the error's number)
  FLOOD_WAIT: facade('RATE_LIMITED'),
  FLOOD_PREMIUM_WAIT: facade('RATE_LIMITED'),
  SLOWMODE_WAIT: facade('RATE_LIMITED'),
  // the session
  AUTH_KEY_UNREGISTERED: facade('UNAUTHENTICATED'),
  AUTH_KEY_INVALID: facade('UNAUTHENTICATED'),
  AUTH_KEY_PERM_EMPTY: facade('UNAUTHENTICATED'),
  AUTH_KEY_DUPLICATED: facade('UNAUTHENTICATED'),
  SESSION_REVOKED: facade('UNAUTHENTICATED'),
  SESSION_EXPIRED: facade('UNAUTHENTICATED'),
  USER_DEACTIVATED: facade('UNAUTHENTICATED'),
  USER_DEACTIVATED_BAN: facade('UNAUTHENTICATED'),
  // ours
  NOT_CONNECTED: facade('PORTAL_UNAVAILABLE'),
  NO_ANSWER: facade('OUTCOME_UNKNOWN'),
};

/**
 * The outcome of a TelegramError. Codes not in the table: Telegram's 5xx (and -503 timeouts) mean it
 * could not answer; anything else is a request we should not have sent, a facade bug.
 */
export function telegramOutcome(
  error: TelegramError,
  options: { idempotent?: boolean } = {},
): TelegramOutcome {
  const row = TELEGRAM_ERROR_TABLE[error.code];
  if (row?.kind === 'facade' && row.code === 'RATE_LIMITED') {
    return { kind: 'facade', code: 'RATE_LIMITED', retryAfterSeconds: error.seconds ?? 1 };
  }
  // a read that got no answer changed nothing: the portal was unavailable, not the outcome unknown
  if (error.code === 'NO_ANSWER' && options.idempotent) return facade('PORTAL_UNAVAILABLE');
  if (row) return row;
  if (error.status !== undefined && (error.status >= 500 || error.status === -503))
    return facade('PORTAL_UNAVAILABLE');
  return facade('INTERNAL_SERVER_ERROR');
}
