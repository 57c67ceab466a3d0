/**
 * Inputs of the poll operations. Nothing is validated by type-graphql (the schema turns validation
 * off): poll.validation.ts checks every rule and names the offending field.
 */
import 'reflect-metadata';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('PollRef', {
  description:
    'How to address a poll: set exactly one of messageId, attachId, signedAttachId, id (anything else is refused before any portal call). A Telegram poll: id, or dialogId (tg:chat:<id>, tg:channel:<id>, tg:user:<id>) with messageId.',
})
export class PollRefInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Telegram polls only, together with messageId: the chat, tg:chat:<id>, tg:channel:<id> or tg:user:<id>. Bitrix24 polls are addressed without it.',
  })
  dialogId?: string | null;

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
    description:
      'Dialog id of a group chat, "chatN"; or a Telegram chat, tg:chat:<id>, tg:channel:<id>, tg:user:<id>, which posts a Telegram poll as the caller\'s linked Telegram account. Set exactly one of chatId and dialogId.',
  })
  dialogId?: string | null;

  @Field({ description: 'The question; surrounding white space is removed; must not be empty.' })
  question!: string;

  @Field(() => [String], { description: '2 to 10 distinct, non-empty answer texts (trimmed).' })
  answers!: string[];

  @Field({ defaultValue: false, description: 'Allow choosing several answers (checkboxes).' })
  multipleChoice!: boolean;

  @Field({
    defaultValue: false,
    description: 'Hide who voted for what (Telegram: false means public voters, refused in channels).',
  })
  anonymous!: boolean;

  @Field({ defaultValue: false, description: 'Allow users to change or recall their ballot.' })
  revoteAllowed!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "Idempotency key (the portal's templateId): repeating sendPoll with the same key, as the same user, returns the first poll and creates nothing. Use a fresh random value (e.g. a UUID) per intended poll; without a key a retry after a lost answer may create a second poll.",
  })
  idempotencyKey?: string | null;

  @Field({
    defaultValue: false,
    description:
      'A quiz: correctAnswers are right, the rest wrong; a ballot is final. Telegram only (NotSupported on Bitrix24).',
  })
  quiz!: boolean;

  @Field(() => [Int], {
    nullable: true,
    description:
      'Quiz only: 0-based indices into answers of the correct answers (exactly one unless multipleChoice).',
  })
  correctAnswers?: number[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Quiz only: the explanation shown after voting (at most 200 characters).',
  })
  explanation?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Close the poll by itself this many seconds after posting (5..600). Telegram only; not with closeDate.',
  })
  closePeriod?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Close the poll by itself at this time (ISO 8601, in the future). Telegram only; not with closePeriod.',
  })
  closeDate?: string | null;

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
    "The caller's ballot. Set exactly one of optionIds (Answer.id values, any backend), answerIds (polls with one question, i.e. every chat poll) and choices.",
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

  @Field(() => [ID], {
    nullable: true,
    description:
      'The chosen answers by Answer.id, for Bitrix24 and Telegram polls alike (exactly one for a single-choice question). Each must be an answer of the poll in ref.',
  })
  optionIds?: string[] | null;
}

@InputType('PollActionInput', { description: 'Addresses the poll to recall a ballot in, stop or resume.' })
export class PollActionInput {
  @Field(() => PollRefInput, { description: 'The poll.' })
  ref!: PollRefInput;
}
