/**
 * THE table: every portal error code in docs/bitrix24-contract.md -> exactly one outcome, either a
 * GraphQL error code (access and infrastructure failures) or a UserError kind (business outcomes,
 * returned as data). `classify-portal-error.ts` applies it; the unit test iterates every row.
 *
 * A row may narrow by method family (`imbot.v2.` — a prefix ending in "."; otherwise an exact
 * method name) and by description, for the codes that only the text tells apart: the vote
 * methods send "400"/"403" as codes and getMany sends "". The most specific matching row wins
 * (description beats method, both beat neither). Descriptions may be localised by the portal, so
 * every description-narrowed code also has a broader row as a fallback.
 */
import type { FacadeErrorCode } from '../../../outcomes/error-codes.js';
import { UserErrorCode } from '../../../outcomes/user-error-code.js';

export type PortalErrorOutcome =
  | {
      readonly kind: 'graphql';
      readonly code: FacadeErrorCode;
      readonly retryAfterSeconds?: number;
      /** what to tell the client instead of the code's generic text (read by the layer that raises it) */
      readonly message?: string;
    }
  | { readonly kind: 'user'; readonly code: UserErrorCode; readonly message?: string };

export interface PortalErrorRule {
  /** The portal's `error` value as documented (matched case-insensitively). */
  readonly code: string;
  readonly description?: RegExp;
  /** Method names, or families when ending in "." (e.g. "imbot.v2."). */
  readonly methods?: readonly string[];
  readonly outcome: PortalErrorOutcome;
  /** Where the contract documents it. */
  readonly source: string;
}

const gql = (code: FacadeErrorCode, retryAfterSeconds?: number): PortalErrorOutcome =>
  retryAfterSeconds === undefined ? { kind: 'graphql', code } : { kind: 'graphql', code, retryAfterSeconds };
const gqlSays = (code: FacadeErrorCode, message: string): PortalErrorOutcome => ({
  kind: 'graphql',
  code,
  message,
});
const user = (code: UserErrorCode, message?: string): PortalErrorOutcome =>
  message === undefined ? { kind: 'user', code } : { kind: 'user', code, message };

const U = UserErrorCode;
const IMBOT = ['imbot.v2.'];
const POLL_SEND = ['vote.Integration.Im.send'];
const BALLOT = ['vote.AttachedVote.vote', 'vote.AttachedVote.recall'];
const GET_MANY = ['vote.AttachedVote.getMany'];
/** The pseudo-method of the server's own token refresh (src/backends/bitrix24/traffic/app-tokens.ts). */
const APP_TOKEN = ['oauth.token'];
const APP_CREDENTIALS_REFUSED =
  "The authorization server refused to refresh the application's own token; the server's operator must renew its application credentials.";

export const PORTAL_ERROR_RULES: readonly PortalErrorRule[] = [
  // docs/bitrix24-contract.md §3 system errors (any method)
  {
    code: 'INTERNAL_SERVER_ERROR',
    outcome: gql('PORTAL_UNAVAILABLE'),
    source: 'docs/bitrix24-contract.md §3',
  },
  {
    code: 'ERROR_UNEXPECTED_ANSWER',
    outcome: gql('PORTAL_UNAVAILABLE'),
    source: 'docs/bitrix24-contract.md §3',
  },
  {
    code: 'QUERY_LIMIT_EXCEEDED',
    outcome: gql('RATE_LIMITED', 1),
    source: 'docs/bitrix24-contract.md §3, docs/bitrix24-contract.md §4.1',
  },
  {
    code: 'OPERATION_TIME_LIMIT',
    outcome: gql('RATE_LIMITED', 60),
    source: 'docs/bitrix24-contract.md §3, docs/bitrix24-contract.md §4.2',
  },
  // Made by the traffic engine (src/backends/bitrix24/traffic): its pacer will not wait that long, or a call
  // that is not safe to repeat got no answer. The error carries its own retryAfterSeconds.
  { code: 'RATE_LIMITED', outcome: gql('RATE_LIMITED', 1), source: 'traffic engine (pacing)' },
  { code: 'OUTCOME_UNKNOWN', outcome: gql('OUTCOME_UNKNOWN'), source: 'traffic engine (retries)' },
  // Made by the portal client: a 30x to plain http, or (multi-portal mode) to a host not on
  // BITRIX24_PORTAL_HOSTS. Nothing was sent there; the portal is out of this facade's reach until the
  // operator lists its new host. (A transport failure, so PORTAL_UNAVAILABLE either way: the row says so.)
  {
    code: 'UNSAFE_REDIRECT',
    outcome: gql('PORTAL_UNAVAILABLE'),
    source: 'portal client (redirect refused, docs/bitrix24-contract.md §1.1)',
  },
  { code: 'OVERLOAD_LIMIT', outcome: gql('PORTAL_UNAVAILABLE'), source: 'docs/bitrix24-contract.md §3' },
  { code: 'PORTAL_DELETED', outcome: gql('PORTAL_UNAVAILABLE'), source: 'docs/bitrix24-contract.md §3' },
  {
    code: 'NO_AUTH_FOUND',
    outcome: gql('UNAUTHENTICATED'),
    source: 'docs/bitrix24-contract.md §1.2, docs/bitrix24-contract.md §1.3, docs/bitrix24-contract.md §3',
  },
  {
    code: 'expired_token',
    outcome: gql('UNAUTHENTICATED'),
    source: 'docs/bitrix24-contract.md §1.3, docs/bitrix24-contract.md §3',
  },
  {
    code: 'ACCESS_DENIED',
    outcome: gql('FORBIDDEN'),
    source: 'docs/bitrix24-contract.md §1.2, docs/bitrix24-contract.md §3 (plan without REST)',
  },
  {
    code: 'INVALID_CREDENTIALS',
    outcome: gql('FORBIDDEN'),
    source:
      'docs/bitrix24-contract.md §1.2, docs/bitrix24-contract.md §3, docs/bitrix24-contract.md §10 #16 (401 or 403)',
  },
  {
    code: 'insufficient_scope',
    outcome: gql('FORBIDDEN'),
    source: 'docs/bitrix24-contract.md §1.2, docs/bitrix24-contract.md §1.3, docs/bitrix24-contract.md §3',
  },
  // viewer.user: real portals may not grant `user`/`basic`; the caller's record is then unknown
  // (viewer.user null), not a failed request. The viewer layer turns this outcome into null.
  {
    code: 'insufficient_scope',
    methods: ['user.current'],
    outcome: user(U.PERMISSION_DENIED, 'The portal does not grant the scope to read the current user.'),
    source: 'docs/bitrix24-contract.md §3 (user.current, scope user or basic)',
  },
  {
    code: 'user_access_error',
    outcome: gql('FORBIDDEN'),
    source: 'docs/bitrix24-contract.md §1.3, docs/bitrix24-contract.md §3',
  },
  {
    code: 'INVALID_REQUEST',
    outcome: gql('INTERNAL_SERVER_ERROR'),
    source: 'docs/bitrix24-contract.md §3 (https required: our misconfiguration)',
  },
  {
    code: 'ERROR_MANIFEST_IS_NOT_AVAILABLE',
    outcome: gql('INTERNAL_SERVER_ERROR'),
    source: 'docs/bitrix24-contract.md §3',
  },
  // docs/bitrix24-contract.md §5 batch: the facade builds batches, so these are facade bugs
  {
    code: 'ERROR_BATCH_LENGTH_EXCEEDED',
    outcome: gql('INTERNAL_SERVER_ERROR'),
    source: 'docs/bitrix24-contract.md §3, docs/bitrix24-contract.md §5',
  },
  {
    code: 'ERROR_BATCH_METHOD_NOT_ALLOWED',
    outcome: gql('INTERNAL_SERVER_ERROR'),
    source: 'docs/bitrix24-contract.md §3, docs/bitrix24-contract.md §5',
  },
  // docs/bitrix24-contract.md §1.2 / docs/bitrix24-contract.md §1.3 authentication: webhook refused, OAuth server errors (token refresh)
  {
    code: 'WRONG_AUTH_TYPE',
    outcome: gql('FORBIDDEN'),
    source: 'docs/bitrix24-contract.md §1.2, docs/bitrix24-contract.md §8',
  },
  { code: 'invalid_grant', outcome: gql('UNAUTHENTICATED'), source: 'docs/bitrix24-contract.md §1.3' },
  {
    code: 'invalid_request',
    outcome: gql('INTERNAL_SERVER_ERROR'),
    source: 'docs/bitrix24-contract.md §1.3',
  },
  { code: 'invalid_client', outcome: gql('INTERNAL_SERVER_ERROR'), source: 'docs/bitrix24-contract.md §1.3' },
  // The server's own application credential (BITRIX24_APP_*) refused: not the caller's token to
  // refresh (so not UNAUTHENTICATED), not to be masked (the operator must act).
  {
    code: 'invalid_grant',
    methods: APP_TOKEN,
    outcome: gqlSays('FORBIDDEN', APP_CREDENTIALS_REFUSED),
    source: 'docs/bitrix24-contract.md §1.3 (app refresh token spent or expired)',
  },
  {
    code: 'invalid_client',
    methods: APP_TOKEN,
    outcome: gqlSays('FORBIDDEN', APP_CREDENTIALS_REFUSED),
    source: 'docs/bitrix24-contract.md §1.3 (app client id/secret wrong)',
  },
  { code: 'invalid_scope', outcome: gql('FORBIDDEN'), source: 'docs/bitrix24-contract.md §1.3' },
  { code: 'PAYMENT_REQUIRED', outcome: gql('FORBIDDEN'), source: 'docs/bitrix24-contract.md §1.3' },

  // docs/bitrix24-contract.md §6 polls
  { code: 'ATTACH_NOT_FOUND', outcome: user(U.POLL_NOT_FOUND), source: 'docs/bitrix24-contract.md §6.0' },
  {
    code: 'ATTACH_READ_ACCESS_DENIED',
    outcome: user(U.PERMISSION_DENIED),
    source: 'docs/bitrix24-contract.md §6.0, docs/bitrix24-contract.md §10 #8',
  },
  // docs/bitrix24-contract.md §6.1 vote.Integration.Im.send: numeric-string codes
  {
    code: '403',
    description: /^Creating a survey is not available/i,
    outcome: gql('FORBIDDEN'),
    source: 'docs/bitrix24-contract.md §6.1 (plan)',
  },
  {
    code: '403',
    description: /^Insufficient rights to create a survey/i,
    outcome: user(U.PERMISSION_DENIED, 'You may not create a poll in this chat.'),
    source: 'docs/bitrix24-contract.md §6.1',
  },
  {
    code: '400',
    description: /^Please enter a question and answer options/i,
    outcome: user(U.VALIDATION_FAILED, 'Enter a question and answer options.'),
    source: 'docs/bitrix24-contract.md §6.1',
  },
  {
    code: '400',
    description: /^Maximum number of questions/i,
    outcome: user(U.VALIDATION_FAILED, 'A chat poll has exactly one question.'),
    source: 'docs/bitrix24-contract.md §6.1',
  },
  {
    code: '400',
    description: /^Minimum number of answers/i,
    outcome: user(U.VALIDATION_FAILED, 'A question needs at least 2 answers.'),
    source: 'docs/bitrix24-contract.md §6.1',
  },
  {
    code: '400',
    description: /^Maximum number of answers/i,
    outcome: user(U.VALIDATION_FAILED, 'A question has at most 10 answers.'),
    source: 'docs/bitrix24-contract.md §6.1',
  },
  {
    code: '400',
    description: /^Failed to save survey data/i,
    outcome: gql('PORTAL_UNAVAILABLE'),
    source: 'docs/bitrix24-contract.md §6.1',
  },
  {
    code: '400',
    description: /^Access denied$/i,
    methods: POLL_SEND,
    outcome: user(U.CHAT_NOT_FOUND),
    source: 'docs/bitrix24-contract.md §6.1 (unknown or inaccessible chatId)',
  },
  {
    code: '400',
    methods: POLL_SEND,
    outcome: user(U.VALIDATION_FAILED, 'The portal refused the poll.'),
    source: 'docs/bitrix24-contract.md §6.1',
  },
  {
    code: '403',
    methods: POLL_SEND,
    outcome: user(U.PERMISSION_DENIED),
    source: 'docs/bitrix24-contract.md §6.1',
  },
  // docs/bitrix24-contract.md §6.6 / docs/bitrix24-contract.md §6.7 vote and recall
  {
    code: '403',
    description: /^The poll is inactive/i,
    outcome: user(U.POLL_CLOSED),
    source: 'docs/bitrix24-contract.md §6.6',
  },
  {
    code: '403',
    methods: BALLOT,
    outcome: user(U.POLL_CLOSED),
    source: 'docs/bitrix24-contract.md §6.6 (localised text)',
  },
  {
    code: '400',
    description: /^Failed to save the voting/i,
    outcome: user(U.VOTE_REJECTED),
    source:
      'docs/bitrix24-contract.md §6.6, docs/bitrix24-contract.md §6.7, docs/bitrix24-contract.md §10 #11',
  },
  {
    code: '400',
    methods: BALLOT,
    outcome: user(U.VOTE_REJECTED),
    source: 'docs/bitrix24-contract.md §6.6 (localised text)',
  },
  // docs/bitrix24-contract.md §6.3 getMany: the code is the empty string
  {
    code: '',
    description: /^Too many entity ids/i,
    outcome: gql('INTERNAL_SERVER_ERROR'),
    source: 'docs/bitrix24-contract.md §6.3',
  },
  {
    code: '',
    description: /not found/i,
    outcome: user(U.POLL_NOT_FOUND),
    source: 'docs/bitrix24-contract.md §6.3, docs/bitrix24-contract.md §10 #10',
  },
  {
    code: '',
    description: /access denied/i,
    outcome: user(U.PERMISSION_DENIED),
    source: 'docs/bitrix24-contract.md §6.3, docs/bitrix24-contract.md §10 #10',
  },
  {
    code: '',
    methods: GET_MANY,
    outcome: gql('INTERNAL_SERVER_ERROR'),
    source: 'docs/bitrix24-contract.md §6.3 (unknown text)',
  },
  // Any other numeric-string code from a vote method.
  {
    code: '400',
    outcome: gql('INTERNAL_SERVER_ERROR'),
    source: 'docs/bitrix24-contract.md §2.2 (unrecognised "400")',
  },
  { code: '403', outcome: gql('FORBIDDEN'), source: 'docs/bitrix24-contract.md §2.2 (unrecognised "403")' },

  // docs/bitrix24-contract.md §7 imbot.v2
  {
    code: 'BOT_TOKEN_NOT_SPECIFIED',
    outcome: gql('INTERNAL_SERVER_ERROR'),
    source: 'docs/bitrix24-contract.md §1.4, docs/bitrix24-contract.md §7.0',
  },
  {
    code: 'CLIENT_ID_NOT_SPECIFIED',
    outcome: gql('INTERNAL_SERVER_ERROR'),
    source: 'docs/bitrix24-contract.md §1.4 (before revision 34)',
  },
  {
    code: 'BOT_TOKEN_INVALID_LENGTH',
    outcome: user(U.VALIDATION_FAILED),
    source:
      'docs/bitrix24-contract.md §1.4, docs/bitrix24-contract.md §7.1, docs/bitrix24-contract.md §10 #25',
  },
  {
    code: 'BOT_TOKEN_ROTATION_FAILED',
    outcome: user(U.ALREADY_EXISTS),
    source: 'docs/bitrix24-contract.md §1.4',
  },
  {
    code: 'BOT_ID_REQUIRED',
    outcome: gql('INTERNAL_SERVER_ERROR'),
    source: 'docs/bitrix24-contract.md §7.0',
  },
  { code: 'BOT_NOT_FOUND', outcome: user(U.BOT_NOT_FOUND), source: 'docs/bitrix24-contract.md §7.0' },
  {
    code: 'BOT_OWNERSHIP_ERROR',
    outcome: user(U.PERMISSION_DENIED),
    source: 'docs/bitrix24-contract.md §1.4, docs/bitrix24-contract.md §7.0',
  },
  {
    code: 'ACCESS_DENIED',
    methods: IMBOT,
    outcome: user(U.PERMISSION_DENIED, 'The bot is not in this chat, or the message is not its own.'),
    source:
      'docs/bitrix24-contract.md §7.5-docs/bitrix24-contract.md §7.13, docs/bitrix24-contract.md §10 #26',
  },
  { code: 'BOT_CODE_REQUIRED', outcome: user(U.VALIDATION_FAILED), source: 'docs/bitrix24-contract.md §7.1' },
  {
    code: 'BOT_PROPERTIES_REQUIRED',
    outcome: user(U.VALIDATION_FAILED),
    source: 'docs/bitrix24-contract.md §7.1',
  },
  {
    code: 'BOT_CODE_ALREADY_TAKEN',
    outcome: user(U.ALREADY_EXISTS),
    source: 'docs/bitrix24-contract.md §7.1',
  },
  { code: 'BOT_INVALID_TYPE', outcome: user(U.VALIDATION_FAILED), source: 'docs/bitrix24-contract.md §7.1' },
  {
    code: 'BOT_INVALID_EVENT_MODE',
    outcome: user(U.VALIDATION_FAILED),
    source: 'docs/bitrix24-contract.md §7.1',
  },
  {
    code: 'BOT_WEBHOOK_URL_REQUIRED',
    outcome: user(U.VALIDATION_FAILED),
    source: 'docs/bitrix24-contract.md §7.1',
  },
  {
    code: 'BOT_REGISTER_FAILED',
    outcome: gql('PORTAL_UNAVAILABLE'),
    source: 'docs/bitrix24-contract.md §7.1',
  },
  {
    code: 'BOT_INVALID_CALLBACK',
    outcome: user(U.VALIDATION_FAILED),
    source: 'docs/bitrix24-contract.md §7.1',
  },
  { code: 'BOT_LIMIT_EXCEEDED', outcome: user(U.LIMIT_EXCEEDED), source: 'docs/bitrix24-contract.md §7.1' },
  {
    code: 'BOT_AVATAR_INCORRECT_TYPE',
    outcome: user(U.VALIDATION_FAILED),
    source: 'docs/bitrix24-contract.md §7.1',
  },
  {
    code: 'BOT_AVATAR_INCORRECT_SIZE',
    outcome: user(U.VALIDATION_FAILED),
    source: 'docs/bitrix24-contract.md §7.1',
  },
  {
    code: 'PARAMS_REQUIRED',
    outcome: gql('INTERNAL_SERVER_ERROR'),
    source: 'docs/bitrix24-contract.md §7.2',
  },
  {
    code: 'BOT_UNREGISTER_FAILED',
    outcome: gql('PORTAL_UNAVAILABLE'),
    source: 'docs/bitrix24-contract.md §7.4',
  },
  {
    code: 'EMPTY_MESSAGE',
    outcome: user(U.VALIDATION_FAILED, 'The message is empty.'),
    source: 'docs/bitrix24-contract.md §7.6',
  },
  // imbot.v2 Message.send / Message.update; the ValidationFailed field is `input.attach`.
  {
    code: 'ATTACH_ERROR',
    outcome: user(U.VALIDATION_FAILED, 'The attachment structure is not valid.'),
    source: 'docs/bitrix24-contract.md §7.6, docs/bitrix24-contract.md §7.7 (attachments page)',
  },
  {
    code: 'ATTACH_OVERSIZE',
    outcome: user(U.VALIDATION_FAILED, 'The attachment is over 60,000 characters once serialized.'),
    source: 'docs/bitrix24-contract.md §7.6, docs/bitrix24-contract.md §7.7 (attachments page)',
  },
  { code: 'SENDING_FAILED', outcome: gql('PORTAL_UNAVAILABLE'), source: 'docs/bitrix24-contract.md §7.6' },
  {
    code: 'MESSAGE_NOT_FOUND',
    outcome: user(U.MESSAGE_NOT_FOUND),
    source: 'docs/bitrix24-contract.md §7.9, docs/bitrix24-contract.md §7.11',
  },
  {
    code: 'BOT_TYPE_NOT_ALLOWED',
    outcome: user(U.PERMISSION_DENIED),
    source: 'docs/bitrix24-contract.md §7.10, docs/bitrix24-contract.md §7.11',
  },
  {
    code: 'MESSAGE_ACCESS_DENIED',
    outcome: user(U.PERMISSION_DENIED),
    source: 'docs/bitrix24-contract.md §7.11',
  },
  {
    code: 'REACTION_NOT_FOUND',
    outcome: user(U.VALIDATION_FAILED, 'Unknown reaction.'),
    source: 'docs/bitrix24-contract.md §7.12',
  },
  {
    code: 'REACTION_ALREADY_SET',
    outcome: user(U.ALREADY_EXISTS),
    source: 'docs/bitrix24-contract.md §7.12',
  },
  { code: 'SCOPE_ERROR', outcome: gql('FORBIDDEN'), source: 'docs/bitrix24-contract.md §7.14' },
  { code: 'AUTH_ERROR', outcome: gql('FORBIDDEN'), source: 'docs/bitrix24-contract.md §7.14' },
  { code: 'USER_NOT_SUBSCRIBED', outcome: gql('FORBIDDEN'), source: 'docs/bitrix24-contract.md §7.14' },

  // Ours: a batched command whose text holds a lone surrogate fails alone, unsent (portal/batch.ts)
  {
    code: 'INVALID_TEXT_ENCODING',
    outcome: user(
      U.VALIDATION_FAILED,
      'A text holds ill-formed Unicode (a lone surrogate); nothing was sent.',
    ),
    source: 'facade (batch command encoding)',
  },

  // docs/bitrix24-contract.md §8 imconnector
  { code: 'ERROR_ARGUMENT', outcome: user(U.VALIDATION_FAILED), source: 'docs/bitrix24-contract.md §8' },
  {
    code: 'NOT_ACTIVE_LINE',
    outcome: user(U.CONNECTOR_NOT_ACTIVE),
    source: 'docs/bitrix24-contract.md §8.5',
  },
  {
    code: 'IMCONNECTOR_NO_CORRECT_PROVIDER',
    outcome: user(U.CONNECTOR_NOT_ACTIVE),
    source: 'docs/bitrix24-contract.md §8.5',
  },
  {
    code: 'IMCONNECTOR_NOT_SPECIFIED_CORRECT_COMMAND',
    outcome: gql('INTERNAL_SERVER_ERROR'),
    source: 'docs/bitrix24-contract.md §8.5',
  },
  {
    code: 'IMCONNECTOR_COULD_NOT_GET_PROVIDER_OBJECT',
    outcome: user(U.CONNECTOR_NOT_ACTIVE),
    source: 'docs/bitrix24-contract.md §8.5 (old)',
  },
  {
    code: 'IMCONNECTOR_NOT_SPECIFIED_CORRECT_CONNECTOR',
    outcome: user(U.CONNECTOR_NOT_ACTIVE),
    source: 'docs/bitrix24-contract.md §8.5 (old)',
  },
  {
    code: 'PROVIDER_UNSUPPORTED_TYPE_INCOMING_MESSAGE',
    outcome: user(U.VALIDATION_FAILED),
    source: 'docs/bitrix24-contract.md §8.5 (old)',
  },
  {
    code: 'IMCONNECTOR_NOT_ALL_THE_REQUIRED_DATA',
    outcome: user(U.VALIDATION_FAILED),
    source: 'docs/bitrix24-contract.md §8.5 (old)',
  },
  {
    code: 'CONNECTOR_PROXY_NO_ADD_USER',
    outcome: gql('PORTAL_UNAVAILABLE'),
    source: 'docs/bitrix24-contract.md §8.5 (old)',
  },
  {
    code: 'CONNECTOR_PROXY_NO_USER_IM',
    outcome: gql('PORTAL_UNAVAILABLE'),
    source: 'docs/bitrix24-contract.md §8.5 (old)',
  },
  {
    code: '100',
    outcome: user(U.VALIDATION_FAILED),
    source: 'docs/bitrix24-contract.md §8.5 (old: MESSAGES structure)',
  },
  {
    code: 'APPLICATION_REGISTRATION_ERROR_POINT',
    outcome: user(U.VALIDATION_FAILED),
    source: 'docs/bitrix24-contract.md §8.1',
  },
  {
    code: 'CONNECTOR_ID_REQUIRED',
    outcome: user(U.VALIDATION_FAILED),
    source: 'docs/bitrix24-contract.md §8.1',
  },
  { code: 'NAME_REQUIRED', outcome: user(U.VALIDATION_FAILED), source: 'docs/bitrix24-contract.md §8.1' },
  { code: 'ICON_REQUIRED', outcome: user(U.VALIDATION_FAILED), source: 'docs/bitrix24-contract.md §8.1' },
  { code: 'NO_APPLICATION_ID', outcome: gql('FORBIDDEN'), source: 'docs/bitrix24-contract.md §8.1' },
  {
    code: 'NO_PLACEMENT_HANDLER',
    outcome: user(U.VALIDATION_FAILED),
    source: 'docs/bitrix24-contract.md §8.1',
  },
  {
    code: 'APPLICATION_REGISTRATION_ERROR',
    outcome: gql('PORTAL_UNAVAILABLE'),
    source: 'docs/bitrix24-contract.md §8.1',
  },
  {
    code: 'GENERAL_CONNECTOR_REGISTRATION_ERROR',
    outcome: user(U.VALIDATION_FAILED),
    source: 'docs/bitrix24-contract.md §8.1',
  },

  // docs/bitrix24-contract.md §9 im.*
  {
    code: 'DIALOG_ID_EMPTY',
    outcome: user(U.VALIDATION_FAILED, 'The dialog id is empty.'),
    source: 'docs/bitrix24-contract.md §9.2',
  },
  {
    code: 'FIRST_ID_STRING',
    outcome: user(U.VALIDATION_FAILED, 'The message id to read from is not a number.'),
    source: 'docs/bitrix24-contract.md §9.4',
  },
  {
    code: 'LAST_ID_STRING',
    outcome: user(U.VALIDATION_FAILED, 'The message id to read back from is not a number.'),
    source: 'docs/bitrix24-contract.md §9.4',
  },
  { code: 'ACCESS_ERROR', outcome: user(U.CHAT_NOT_FOUND), source: 'docs/bitrix24-contract.md §9.2' },
];
