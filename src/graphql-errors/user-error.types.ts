/**
 * The GraphQL types of business failures. Every one implements `interface UserError { code, message }`;
 * a feature's mutation returns a union of its success type and the ones it can really produce, e.g.
 *
 *   export const CastBallotResult = createUnionType({
 *     name: 'CastBallotResult',
 *     types: () => [CastBallotSuccess, PollNotFound, PollClosed, ValidationFailed] as const,
 *   });
 *
 * Instances resolve to their type by class, so always build them with `new` (or `createUserError`).
 */
import 'reflect-metadata';
import { Field, InterfaceType, ObjectType } from 'type-graphql';
import { USER_ERROR_DEFAULT_MESSAGES } from '../outcomes/user-error-code.js';
import { UserErrorCode } from './user-error-code.js';

@InterfaceType('UserError', {
  description: 'A business outcome that is not a success. Switch on __typename (or code) for the details.',
})
export abstract class UserError {
  @Field(() => UserErrorCode, { description: 'What went wrong, as a closed set to switch on.' })
  code!: UserErrorCode;

  @Field({ description: 'Human-readable English text; do not parse it.' })
  message!: string;

  constructor(code: UserErrorCode, message: string) {
    this.code = code;
    this.message = message;
  }
}

@ObjectType({ implements: UserError, description: 'An input value breaks a rule.' })
export class ValidationFailed extends UserError {
  @Field({ description: 'Path of the offending input field, e.g. "input.answers" or "input.answers.3".' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The rule that failed, e.g. "maxLength", "minItems".' })
  constraint: string | null;

  constructor(field: string, message: string, constraint: string | null = null) {
    super(UserErrorCode.VALIDATION_FAILED, message);
    this.field = field;
    this.constraint = constraint;
  }
}

/** Declares a UserError type that carries nothing beyond code and message. */
function plainUserError(code: UserErrorCode, name: string, description: string) {
  const defaultMessage = USER_ERROR_DEFAULT_MESSAGES[code];
  @ObjectType(name, { implements: UserError, description })
  class PlainUserError extends UserError {
    constructor(message: string = defaultMessage) {
      super(code, message);
    }
  }
  Object.defineProperty(PlainUserError, 'name', { value: name });
  return PlainUserError;
}

export const NotFound = plainUserError(UserErrorCode.NOT_FOUND, 'NotFound', 'The object does not exist.');
export type NotFound = InstanceType<typeof NotFound>;
export const PermissionDenied = plainUserError(
  UserErrorCode.PERMISSION_DENIED,
  'PermissionDenied',
  'The caller may not do this to this object.',
);
export type PermissionDenied = InstanceType<typeof PermissionDenied>;
export const AlreadyExists = plainUserError(
  UserErrorCode.ALREADY_EXISTS,
  'AlreadyExists',
  'The object already exists.',
);
export type AlreadyExists = InstanceType<typeof AlreadyExists>;
export const LimitExceeded = plainUserError(
  UserErrorCode.LIMIT_EXCEEDED,
  'LimitExceeded',
  'A portal quota is used up.',
);
export type LimitExceeded = InstanceType<typeof LimitExceeded>;
export const PollNotFound = plainUserError(
  UserErrorCode.POLL_NOT_FOUND,
  'PollNotFound',
  'No poll at this reference.',
);
export type PollNotFound = InstanceType<typeof PollNotFound>;
export const PollClosed = plainUserError(UserErrorCode.POLL_CLOSED, 'PollClosed', 'The poll was stopped.');
export type PollClosed = InstanceType<typeof PollClosed>;
export const RevoteNotAllowed = plainUserError(
  UserErrorCode.REVOTE_NOT_ALLOWED,
  'RevoteNotAllowed',
  'The poll does not allow changing or recalling a ballot.',
);
export type RevoteNotAllowed = InstanceType<typeof RevoteNotAllowed>;
export const AlreadyVoted = plainUserError(
  UserErrorCode.ALREADY_VOTED,
  'AlreadyVoted',
  'The caller has voted already.',
);
export type AlreadyVoted = InstanceType<typeof AlreadyVoted>;
export const VoteRejected = plainUserError(
  UserErrorCode.VOTE_REJECTED,
  'VoteRejected',
  'The portal refused the ballot without giving a reason.',
);
export type VoteRejected = InstanceType<typeof VoteRejected>;
export const ChatNotFound = plainUserError(
  UserErrorCode.CHAT_NOT_FOUND,
  'ChatNotFound',
  'No such chat, or the caller is not a member.',
);
export type ChatNotFound = InstanceType<typeof ChatNotFound>;
export const BotNotFound = plainUserError(UserErrorCode.BOT_NOT_FOUND, 'BotNotFound', 'No bot with this id.');
export type BotNotFound = InstanceType<typeof BotNotFound>;
export const MessageNotFound = plainUserError(
  UserErrorCode.MESSAGE_NOT_FOUND,
  'MessageNotFound',
  'No message with this id.',
);
export type MessageNotFound = InstanceType<typeof MessageNotFound>;
export const ConnectorNotActive = plainUserError(
  UserErrorCode.CONNECTOR_NOT_ACTIVE,
  'ConnectorNotActive',
  'The Open Channel line is inactive or the connector is not set up on it.',
);
export type ConnectorNotActive = InstanceType<typeof ConnectorNotActive>;
export const NotSupported = plainUserError(
  UserErrorCode.NOT_SUPPORTED,
  'NotSupported',
  'The backend serving this object cannot do this at all (e.g. reopen a Telegram poll, a quiz on Bitrix24, vote with a bot session). Refused before any upstream call; Poll.capabilities tells in advance.',
);
export type NotSupported = InstanceType<typeof NotSupported>;

/** Every UserError type, for `orphanedTypes` (so the schema has them before a feature uses them). */
export const USER_ERROR_TYPES = [
  ValidationFailed,
  NotFound,
  PermissionDenied,
  AlreadyExists,
  LimitExceeded,
  PollNotFound,
  PollClosed,
  RevoteNotAllowed,
  AlreadyVoted,
  VoteRejected,
  ChatNotFound,
  BotNotFound,
  MessageNotFound,
  ConnectorNotActive,
  NotSupported,
] as const;

const BY_CODE: Readonly<
  Record<Exclude<UserErrorCode, UserErrorCode.VALIDATION_FAILED>, new (m?: string) => UserError>
> = {
  [UserErrorCode.NOT_FOUND]: NotFound,
  [UserErrorCode.PERMISSION_DENIED]: PermissionDenied,
  [UserErrorCode.ALREADY_EXISTS]: AlreadyExists,
  [UserErrorCode.LIMIT_EXCEEDED]: LimitExceeded,
  [UserErrorCode.POLL_NOT_FOUND]: PollNotFound,
  [UserErrorCode.POLL_CLOSED]: PollClosed,
  [UserErrorCode.REVOTE_NOT_ALLOWED]: RevoteNotAllowed,
  [UserErrorCode.ALREADY_VOTED]: AlreadyVoted,
  [UserErrorCode.VOTE_REJECTED]: VoteRejected,
  [UserErrorCode.CHAT_NOT_FOUND]: ChatNotFound,
  [UserErrorCode.BOT_NOT_FOUND]: BotNotFound,
  [UserErrorCode.MESSAGE_NOT_FOUND]: MessageNotFound,
  [UserErrorCode.CONNECTOR_NOT_ACTIVE]: ConnectorNotActive,
  [UserErrorCode.NOT_SUPPORTED]: NotSupported,
};

/** An instance of the right UserError type for `code`; `field` is used by ValidationFailed only. */
export function createUserError(code: UserErrorCode, message?: string, field = 'input'): UserError {
  if (code === UserErrorCode.VALIDATION_FAILED) {
    return new ValidationFailed(field, message ?? USER_ERROR_DEFAULT_MESSAGES[code]);
  }
  return new BY_CODE[code](message);
}
