/**
 * What the poll mutations return: a union of the success payload and the UserErrors each one can
 * really produce (docs/architecture.md §5). Clients switch on `__typename`.
 */
import 'reflect-metadata';
import { Extensions, Field, Int, ObjectType } from 'type-graphql';
import { createResultUnion } from '../graphql-errors/result-union.js';
import {
  AlreadyVoted,
  ChatNotFound,
  NotSupported,
  PermissionDenied,
  PollClosed,
  PollNotFound,
  RevoteNotAllowed,
  ValidationFailed,
} from '../graphql-errors/user-error.types.js';
import { PollObject } from './poll.types.js';

@ObjectType('SendPollSuccess', {
  description: 'The poll was posted (or found again by its idempotency key).',
})
export class SendPollSuccess {
  @Field(() => PollObject, { description: 'The poll as the caller now sees it.' })
  poll!: PollObject;

  @Field(() => String, { nullable: true, description: 'input.clientMutationId, echoed.' })
  clientMutationId!: string | null;
}

@ObjectType('SendPollCreated', {
  description:
    'The poll was posted, but reading it back failed (the portal was briefly unavailable). It exists: do not send it again; read it later with poll(ref: { messageId }).',
})
export class SendPollCreated {
  @Field(() => Int, { description: 'The chat message carrying the new poll.' })
  messageId!: number;

  @Field(() => Int, { description: 'Portal id of the new vote entity.' })
  voteId!: number;

  @Field({ description: 'Why only the ids are returned.' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'input.clientMutationId, echoed.' })
  clientMutationId!: string | null;
}

@ObjectType('BallotChoice', { description: 'The answers of a ballot for one question.' })
export class BallotChoiceObject {
  @Field(() => Int, { description: 'Question.questionId.' })
  questionId!: number;

  @Field(() => [Int], { description: 'The chosen Answer.answerId values, ascending.' })
  answerIds!: number[];
}

@ObjectType('Ballot', { description: "The caller's ballot as the portal recorded it." })
export class BallotObject {
  @Field(() => PollObject, { description: 'The poll the ballot belongs to, as the caller now sees it.' })
  poll!: PollObject;

  @Extensions({ listSize: 1 }) // chat polls have one question (see poll.types.ts)
  @Field(() => [BallotChoiceObject], { description: 'The chosen answers per question.' })
  choices!: BallotChoiceObject[];
}

@ObjectType('CastBallotSuccess', {
  description: 'The ballot was recorded (replacing an earlier one on a revote).',
})
export class CastBallotSuccess {
  @Field(() => PollObject, { description: 'The poll with the new counts, as the caller now sees it.' })
  poll!: PollObject;

  @Field(() => BallotObject, { description: "The caller's recorded ballot." })
  ballot!: BallotObject;
}

@ObjectType('RecallBallotSuccess', {
  description: "The caller's ballot was withdrawn (also when they had none: recalling is idempotent).",
})
export class RecallBallotSuccess {
  @Field(() => PollObject, { description: 'The poll with the new counts, as the caller now sees it.' })
  poll!: PollObject;
}

@ObjectType('StopPollSuccess', { description: 'The poll is stopped (stopping a stopped poll is a no-op).' })
export class StopPollSuccess {
  @Field(() => PollObject, { description: 'The poll, read again after stopping it.' })
  poll!: PollObject;
}

@ObjectType('ResumePollSuccess', {
  description: 'The poll is active again (resuming an active poll is a no-op).',
})
export class ResumePollSuccess {
  @Field(() => PollObject, { description: 'The poll, read again after resuming it.' })
  poll!: PollObject;
}

export const SendPollResult = createResultUnion({
  name: 'SendPollResult',
  description:
    'SendPollSuccess; SendPollCreated when the poll was posted but could not be read back (never send it again); or why not: ValidationFailed (input rules), ChatNotFound (unknown chat or not a member), PermissionDenied (rights in that chat, or no linked Telegram account), NotSupported (an option the backend lacks: a quiz or a close time on Bitrix24; Telegram not configured).',
  types: () =>
    [
      SendPollSuccess,
      SendPollCreated,
      ValidationFailed,
      ChatNotFound,
      PermissionDenied,
      NotSupported,
    ] as const,
});

export const CastBallotResult = createResultUnion({
  name: 'CastBallotResult',
  description:
    'CastBallotSuccess, or why not: PollClosed (stopped), AlreadyVoted (the same ballot again where revoting is off), RevoteNotAllowed (a different ballot where revoting is off), ValidationFailed, PollNotFound, PermissionDenied (not a member of the chat), NotSupported (the session cannot vote: a Telegram bot session).',
  types: () =>
    [
      CastBallotSuccess,
      PollClosed,
      RevoteNotAllowed,
      AlreadyVoted,
      ValidationFailed,
      PollNotFound,
      PermissionDenied,
      NotSupported,
    ] as const,
});

export const RecallBallotResult = createResultUnion({
  name: 'RecallBallotResult',
  description:
    'RecallBallotSuccess, or why not: RevoteNotAllowed (the poll does not allow it), PollClosed, ValidationFailed, PollNotFound, PermissionDenied, NotSupported (a Telegram bot session).',
  types: () =>
    [
      RecallBallotSuccess,
      RevoteNotAllowed,
      PollClosed,
      ValidationFailed,
      PollNotFound,
      PermissionDenied,
      NotSupported,
    ] as const,
});

export const StopPollResult = createResultUnion({
  name: 'StopPollResult',
  description:
    'StopPollSuccess, or why not: PermissionDenied (only the author or a portal admin may), ValidationFailed, PollNotFound, NotSupported (Telegram not configured).',
  types: () => [StopPollSuccess, ValidationFailed, PollNotFound, PermissionDenied, NotSupported] as const,
});

export const ResumePollResult = createResultUnion({
  name: 'ResumePollResult',
  description:
    'ResumePollSuccess, or why not: PermissionDenied (only the author or a portal admin may), ValidationFailed, PollNotFound, NotSupported (the backend never reopens a poll: Telegram).',
  types: () => [ResumePollSuccess, ValidationFailed, PollNotFound, PermissionDenied, NotSupported] as const,
});
