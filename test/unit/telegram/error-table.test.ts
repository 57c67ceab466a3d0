import { UserErrorCode } from '../../../src/graphql-errors/user-error-code.js';
import { TelegramError } from '../../../src/backends/telegram/telegram-error.js';
import {
  NOT_SUPPORTED,
  TELEGRAM_ERROR_TABLE,
  telegramOutcome,
  type TelegramOutcome,
} from '../../../src/backends/telegram/telegram-error-table.js';

const U = UserErrorCode;
const user = (code: UserErrorCode, field?: string): TelegramOutcome => ({ kind: 'user', code, field });
const facade = (code: string, retryAfterSeconds?: number) =>
  retryAfterSeconds === undefined ? { kind: 'facade', code } : { kind: 'facade', code, retryAfterSeconds };

/** One row per documented rpc_error message as Telegram sends it. */
const ROWS: Array<[string, unknown]> = [
  ['MESSAGE_POLL_CLOSED', user(U.POLL_CLOSED)],
  ['REVOTE_NOT_ALLOWED', user(U.REVOTE_NOT_ALLOWED)],
  ['OPTION_INVALID', user(U.VALIDATION_FAILED, 'optionIds')],
  ['OPTIONS_TOO_MUCH', user(U.VALIDATION_FAILED, 'optionIds')],
  ['POLL_QUESTION_INVALID', user(U.VALIDATION_FAILED, 'question')],
  ['POLL_ANSWERS_INVALID', user(U.VALIDATION_FAILED, 'answers')],
  ['POLL_ANSWER_INVALID', user(U.VALIDATION_FAILED, 'answers')],
  ['POLL_OPTION_DUPLICATE', user(U.VALIDATION_FAILED, 'answers')],
  ['POLL_OPTION_INVALID', user(U.VALIDATION_FAILED, 'answers')],
  ['QUIZ_CORRECT_ANSWER_INVALID', user(U.VALIDATION_FAILED, 'correctAnswers')],
  ['QUIZ_CORRECT_ANSWERS_EMPTY', user(U.VALIDATION_FAILED, 'correctAnswers')],
  ['QUIZ_CORRECT_ANSWERS_TOO_MUCH', user(U.VALIDATION_FAILED, 'correctAnswers')],
  ['QUIZ_MULTIPLE_INVALID', user(U.VALIDATION_FAILED, 'correctAnswers')],
  ['MEDIA_INVALID', user(U.VALIDATION_FAILED, 'poll')],
  ['MESSAGE_ID_INVALID', user(U.POLL_NOT_FOUND)],
  ['MSG_ID_INVALID', user(U.POLL_NOT_FOUND)],
  ['PEER_ID_INVALID', user(U.CHAT_NOT_FOUND)],
  ['CHANNEL_INVALID', user(U.CHAT_NOT_FOUND)],
  ['POLL_MEMBER_RESTRICTED', user(U.PERMISSION_DENIED)],
  ['POLL_COUNTRY_RESTRICTED', user(U.PERMISSION_DENIED)],
  ['CHANNEL_PRIVATE', user(U.PERMISSION_DENIED)],
  ['CHAT_SEND_POLL_FORBIDDEN', user(U.PERMISSION_DENIED)],
  ['CHAT_SEND_MEDIA_FORBIDDEN', user(U.PERMISSION_DENIED)],
  ['BROADCAST_FORBIDDEN', user(U.PERMISSION_DENIED)],
  ['POLL_VOTE_REQUIRED', user(U.PERMISSION_DENIED)],
  ['BUSINESS_CONNECTION_NOT_ALLOWED', user(U.PERMISSION_DENIED)],
  ['USER_IS_BOT', user(U.PERMISSION_DENIED)],
  ['BOT_METHOD_INVALID', { kind: 'capability', code: NOT_SUPPORTED }],
  ['FLOOD_WAIT_7', facade('RATE_LIMITED', 7)],
  ['SLOWMODE_WAIT_30', facade('RATE_LIMITED', 30)],
  ['AUTH_KEY_UNREGISTERED', facade('UNAUTHENTICATED')],
  ['AUTH_KEY_INVALID', facade('UNAUTHENTICATED')],
  ['SESSION_REVOKED', facade('UNAUTHENTICATED')],
  ['USER_DEACTIVATED', facade('UNAUTHENTICATED')],
];

test.each(ROWS)('%s', (message, outcome) => {
  expect(telegramOutcome(TelegramError.fromRpc(message, 'messages.sendVote'))).toEqual(outcome);
});

test('every table row is covered above or is one of our own codes', () => {
  const covered = new Set(ROWS.map(([m]) => TelegramError.fromRpc(m, 'x').code));
  const ours = [
    'NOT_CONNECTED',
    'NO_ANSWER',
    'MESSAGE_NOT_MODIFIED',
    'FLOOD_PREMIUM_WAIT',
    'CHAT_WRITE_FORBIDDEN',
    'CHAT_ADMIN_REQUIRED',
    'MESSAGE_AUTHOR_REQUIRED',
    'BROADCAST_PUBLIC_VOTERS_FORBIDDEN',
    'QUIZ_ANSWER_MISSING',
    'AUTH_KEY_PERM_EMPTY',
    'AUTH_KEY_DUPLICATED',
    'SESSION_EXPIRED',
    'USER_DEACTIVATED_BAN',
  ];
  expect(
    Object.keys(TELEGRAM_ERROR_TABLE).filter((code) => !covered.has(code) && !ours.includes(code)),
  ).toEqual([]);
});

test('no answer: outcome unknown for a write, unavailable for a read', () => {
  const error = new TelegramError({ code: 'NO_ANSWER', method: 'messages.sendVote' });
  expect(telegramOutcome(error)).toEqual(facade('OUTCOME_UNKNOWN'));
  expect(telegramOutcome(error, { idempotent: true })).toEqual(facade('PORTAL_UNAVAILABLE'));
});

test('unknown codes: 5xx is the upstream being unavailable, anything else a facade bug', () => {
  expect(telegramOutcome(TelegramError.fromRpc('INTERNAL', 'm', 500))).toEqual(facade('PORTAL_UNAVAILABLE'));
  expect(telegramOutcome(TelegramError.fromRpc('SOMETHING_NEW', 'm', 400))).toEqual(
    facade('INTERNAL_SERVER_ERROR'),
  );
});
