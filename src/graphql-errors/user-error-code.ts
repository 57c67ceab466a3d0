import 'reflect-metadata';
import { registerEnumType } from 'type-graphql';

import { UserErrorCode } from '../outcomes/user-error-code.js';

export { UserErrorCode };

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'What kind of business failure a UserError is; one value per UserError type.',
  valuesConfig: {
    VALIDATION_FAILED: { description: 'An input value breaks a rule (see ValidationFailed.field).' },
    NOT_FOUND: { description: 'The addressed object does not exist (generic).' },
    PERMISSION_DENIED: { description: 'The caller may not do this to this object.' },
    ALREADY_EXISTS: { description: 'The object (code, reaction...) already exists.' },
    LIMIT_EXCEEDED: { description: 'A portal quota (e.g. 100 bots per app) is used up.' },
    POLL_NOT_FOUND: { description: 'No poll at this reference.' },
    POLL_CLOSED: { description: 'The poll was stopped; nobody can vote until it is resumed.' },
    REVOTE_NOT_ALLOWED: { description: 'The poll does not allow changing or recalling a ballot.' },
    ALREADY_VOTED: { description: 'The caller has voted already.' },
    VOTE_REJECTED: {
      description:
        'The portal refused the ballot without saying why (already voted, several answers to a single-choice question, unknown answer).',
    },
    CHAT_NOT_FOUND: { description: 'No chat with this dialog id, or the caller is not a member.' },
    BOT_NOT_FOUND: { description: 'No bot with this id (or it was unregistered).' },
    MESSAGE_NOT_FOUND: { description: 'No message with this id.' },
    CONNECTOR_NOT_ACTIVE: {
      description: 'The Open Channel line is inactive or the connector is not set up on it.',
    },
    NOT_SUPPORTED: {
      description:
        'The backend serving this object cannot do this at all (reopen a Telegram poll, a quiz on Bitrix24, vote with a bot session); decided before any upstream call. Poll.capabilities says so in advance.',
    },
  },
});
