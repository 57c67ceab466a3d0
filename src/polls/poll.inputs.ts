/**
 * Inputs of the poll operations. Nothing is validated by type-graphql (the schema turns validation
 * off): poll.validation.ts checks every rule and names the offending field.
 */
import 'reflect-metadata';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('PollRef', {
  description:
    'How to address a poll: set exactly one of messageId, attachId, signedAttachId, id (anything else is refused before any portal call).',
})
export class PollRefInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The global id of the poll (Poll.id, as node(id) takes it). It names the backend and the poll; an id of another type is refused.',
  })
  id?: string | null;

  @Field(() => Int, { nullable: true, description: 'The chat message carrying the poll (preferred).' })
  messageId?: number | null;

  @Field(() => Int, { nullable: true, description: 'The portal attach id (Poll.attachId).' })
  attachId?: number | null;

  @Field(() => String, { nullable: true, description: 'The signed attach id (Poll.signedAttachId).' })
  signedAttachId?: string | null;
}

@InputType('SendPollInput', {
  description: 'A new single-question poll posted to a group chat as the caller.',
})
export class SendPollInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Numeric chat id. Set exactly one of chatId and dialogId.',
  })
  chatId?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Dialog id of a group chat, "chatN". Set exactly one of chatId and dialogId.',
  })
  dialogId?: string | null;

  @Field({ description: 'The question; surrounding white space is removed; must not be empty.' })
  question!: string;

  @Field(() => [String], { description: '2 to 10 distinct, non-empty answer texts (trimmed).' })
  answers!: string[];

  @Field({ defaultValue: false, description: 'Allow choosing several answers (checkboxes).' })
  multipleChoice!: boolean;

  @Field({ defaultValue: false, description: 'Hide who voted for what.' })
  anonymous!: boolean;

  @Field({ defaultValue: false, description: 'Allow users to change or recall their ballot.' })
  revoteAllowed!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "Idempotency key (the portal's templateId): repeating sendPoll with the same key, as the same user, returns the first poll and creates nothing. Use a fresh random value (e.g. a UUID) per intended poll; without a key a retry after a lost answer may create a second poll.",
  })
  idempotencyKey?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Echoed in the success payload (Relay convention). Not an idempotency key.',
  })
  clientMutationId?: string | null;
}

@InputType('BallotChoiceInput', { description: 'The answers chosen for one question.' })
export class BallotChoiceInput {
  @Field(() => Int, { description: 'Question.questionId.' })
  questionId!: number;

  @Field(() => [Int], { description: 'Answer.answerId values of that question (one for single choice).' })
  answerIds!: number[];
}

@InputType('CastBallotInput', {
  description:
    "The caller's ballot. Set exactly one of answerIds (polls with one question, i.e. every chat poll) and choices.",
})
export class CastBallotInput {
  @Field(() => PollRefInput, { description: 'The poll.' })
  ref!: PollRefInput;

  @Field(() => [Int], {
    nullable: true,
    description: 'The chosen answers of the only question (exactly one for a single-choice question).',
  })
  answerIds?: number[] | null;

  @Field(() => [BallotChoiceInput], { nullable: true, description: 'The chosen answers per question.' })
  choices?: BallotChoiceInput[] | null;
}

@InputType('PollActionInput', { description: 'Addresses the poll to recall a ballot in, stop or resume.' })
export class PollActionInput {
  @Field(() => PollRefInput, { description: 'The poll.' })
  ref!: PollRefInput;
}
