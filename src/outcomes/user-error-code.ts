/**
 * Business outcomes a mutation returns as data (docs/architecture.md §5). Each has a GraphQL type implementing
 * `UserError` (graphql-errors/user-error.types.ts); features build their result unions from those types.
 * Backend-neutral on purpose: every backend's error table maps its upstream's codes to these, and
 * graphql-errors/user-error-code.ts registers the enum with the schema.
 */
export enum UserErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  PERMISSION_DENIED = 'PERMISSION_DENIED',
  ALREADY_EXISTS = 'ALREADY_EXISTS',
  LIMIT_EXCEEDED = 'LIMIT_EXCEEDED',
  POLL_NOT_FOUND = 'POLL_NOT_FOUND',
  POLL_CLOSED = 'POLL_CLOSED',
  REVOTE_NOT_ALLOWED = 'REVOTE_NOT_ALLOWED',
  ALREADY_VOTED = 'ALREADY_VOTED',
  VOTE_REJECTED = 'VOTE_REJECTED',
  CHAT_NOT_FOUND = 'CHAT_NOT_FOUND',
  BOT_NOT_FOUND = 'BOT_NOT_FOUND',
  MESSAGE_NOT_FOUND = 'MESSAGE_NOT_FOUND',
  CONNECTOR_NOT_ACTIVE = 'CONNECTOR_NOT_ACTIVE',
  /** The backend serving this object cannot do this at all (reopen a Telegram poll, a quiz on Bitrix24...). */
  NOT_SUPPORTED = 'NOT_SUPPORTED',
}

/** The text a UserError of each code carries when its backend has no better one. */
export const USER_ERROR_DEFAULT_MESSAGES: Readonly<Record<UserErrorCode, string>> = {
  [UserErrorCode.VALIDATION_FAILED]: 'The input is not valid.',
  [UserErrorCode.NOT_FOUND]: 'Not found.',
  [UserErrorCode.PERMISSION_DENIED]: 'You do not have permission to do this.',
  [UserErrorCode.ALREADY_EXISTS]: 'It already exists.',
  [UserErrorCode.LIMIT_EXCEEDED]: 'A portal limit is reached.',
  [UserErrorCode.POLL_NOT_FOUND]: 'The poll does not exist.',
  [UserErrorCode.POLL_CLOSED]: 'The poll is closed.',
  [UserErrorCode.REVOTE_NOT_ALLOWED]: 'This poll does not allow changing a vote.',
  [UserErrorCode.ALREADY_VOTED]: 'You have already voted in this poll.',
  [UserErrorCode.VOTE_REJECTED]: 'The portal refused the ballot.',
  [UserErrorCode.CHAT_NOT_FOUND]: 'The chat does not exist or you are not a member.',
  [UserErrorCode.BOT_NOT_FOUND]: 'The bot does not exist.',
  [UserErrorCode.MESSAGE_NOT_FOUND]: 'The message does not exist.',
  [UserErrorCode.CONNECTOR_NOT_ACTIVE]: 'The Open Channel line is inactive or the connector is not set up.',
  [UserErrorCode.NOT_SUPPORTED]: 'This backend does not support this operation.',
};
