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
