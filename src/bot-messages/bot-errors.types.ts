/**
 * Business failures specific to bots. They reuse the closed UserErrorCode set (PERMISSION_DENIED,
 * ALREADY_EXISTS) so that a client switching on `code` still works; a client switching on
 * `__typename` gets the precise reason.
 */
import 'reflect-metadata';
import { ObjectType } from 'type-graphql';
import { UserError } from '../graphql-errors/user-error.types.js';
import { UserErrorCode } from '../graphql-errors/user-error-code.js';

@ObjectType({
  implements: UserError,
  description: 'The bot is not a member of this chat (add it with addBotToChat first).',
})
export class BotNotInChat extends UserError {
  constructor(message = 'The bot is not a member of this chat.') {
    super(UserErrorCode.PERMISSION_DENIED, message);
  }
}

@ObjectType({
  implements: UserError,
  description: 'System messages (sent with system: true) cannot be edited by anyone, their bot included.',
})
export class SystemMessageNotEditable extends UserError {
  constructor(message = 'A system message cannot be edited.') {
    super(UserErrorCode.PERMISSION_DENIED, message);
  }
}

@ObjectType({
  implements: UserError,
  description: 'Only supervisor and personal bots may read chat history; this bot has another type.',
})
export class BotTypeNotAllowed extends UserError {
  constructor(message = 'Only supervisor and personal bots may read messages.') {
    super(UserErrorCode.PERMISSION_DENIED, message);
  }
}

@ObjectType({ implements: UserError, description: 'The bot has already set this reaction on the message.' })
export class ReactionAlreadySet extends UserError {
  constructor(message = 'The bot has already set this reaction.') {
    super(UserErrorCode.ALREADY_EXISTS, message);
  }
}
