/**
 * The GraphQL object types of polls (docs/architecture.md §4). They are built from the clean domain `Poll` by
 * `toPollObject`; fields that need another portal call (Answer.voters) are resolved in
 * answer-voters.resolver.ts from the hidden properties kept here.
 *
 * `extensions.listSize` states how long a list really gets (chat polls have one question and at
 * most 10 answers), for an operation cost estimate that would otherwise assume a default size.
 */
import 'reflect-metadata';
import { Extensions, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node.interface.js';
import type { Poll, PollActions, PollAnswer, PollQuestion, TelegramPollKey } from './poll.model.js';
import { MAX_ANSWERS } from './poll.validation.js';
import { answerIdOf, pollIdOf, questionIdOf } from './poll-id.js';

@ObjectType('PollViewerAnswers', { description: "The viewer's own choices for one question." })
export class PollViewerAnswersObject {
  @Field(() => Int, { description: 'Portal id of the question.' })
  questionId!: number;

  @Field(() => [Int], { description: 'Portal ids of the answers the viewer chose, ascending.' })
  answerIds!: number[];
}

@ObjectType('PollViewer', {
  description:
    'The poll as the calling user sees it: what they may do and what they chose. Differs per user for the same poll.',
})
export class PollViewerObject {
  /** The poll's portal attach id, for `id` (resolved per caller in poll-viewer.resolver.ts). */
  attachId!: number;
  /** A Telegram poll's address, for `id` instead of attachId. */
  telegram?: TelegramPollKey;

  @Field({ description: 'The viewer may cast a ballot now (poll active and not voted yet).' })
  canVote!: boolean;

  @Field({ description: 'The viewer may change or recall a ballot (poll active and revoting allowed).' })
  canRevote!: boolean;

  @Field({ description: 'The viewer may stop and resume the poll (its author or a portal admin).' })
  canEdit!: boolean;

  @Field({ description: 'The viewer has a ballot in this poll.' })
  hasVoted!: boolean;

  @Extensions({ listSize: 1 })
  @Field(() => [PollViewerAnswersObject], {
    description: "The viewer's choices per question; empty when they have not voted.",
  })
  myAnswers!: PollViewerAnswersObject[];
}

@ObjectType('PollCapabilities', {
  description:
    'What THIS caller may do with THIS poll now, on the backend that serves it, so a frontend can hide what is impossible. An action attempted anyway is refused as data (NotSupported when the backend cannot do it at all, otherwise PollClosed, RevoteNotAllowed, PermissionDenied...).',
})
export class PollCapabilitiesObject {
  @Field({
    description: 'Cast a ballot now (false when closed, voted where a ballot is final, or a bot session).',
  })
  vote!: boolean;

  @Field({
    description: 'Withdraw the own ballot (voted, poll open, and the poll allows changing a ballot).',
  })
  retract!: boolean;

  @Field({
    description: 'Close (stop) the poll: its author (or a portal admin on Bitrix24), while it is open.',
  })
  close!: boolean;

  @Field({ description: 'Reopen (resume) a closed poll: Bitrix24 authors/admins; never on Telegram.' })
  reopen!: boolean;

  @Field({
    description:
      'List the voters of an answer (Answer.voters): non-anonymous polls; on Telegram user sessions only, and not in channels.',
  })
  listVoters!: boolean;

  @Field({ description: 'The backend supports quiz polls (Telegram yes, Bitrix24 no).' })
  quiz!: boolean;
}

@ObjectType('Answer', { implements: Node, description: 'One answer option of a question, with its results.' })
export class AnswerObject {
  @Field(() => ID, { description: 'Opaque, stable id (backend-prefixed).' })
  id!: string;

  @Field(() => Int, {
    description:
      "Portal id of the answer (not contiguous: 1, 3, 5...). Telegram polls: the answer's 1-based position (Telegram names answers by option bytes, which Answer.id carries; prefer optionIds with Answer.id for ballots).",
  })
  answerId!: number;

  @Field({ description: 'The answer text as the portal stores it.' })
  text!: string;

  @Field(() => Int, { description: 'How many users chose this answer.' })
  votes!: number;

  @Field(() => Float, {
    description:
      'votes / (users who answered the question) × 100, unrounded (2 decimals); 0 when nobody answered. For multiple-choice questions the percentages of a question can add up to more than 100.',
  })
  percent!: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Quiz polls: whether this is a correct answer, once the backend reveals it to the caller (after their vote, or when the quiz is closed); null before that and for other polls.',
  })
  correct!: boolean | null;

  // Not in the schema: what Answer.voters needs to call the portal.
  attachId!: number;
  telegram?: { ref: TelegramPollKey; optionKey: string };
  questionId!: number;
  anonymous!: boolean;
}

@ObjectType('Question', {
  implements: Node,
  description: 'A question of a poll (chat polls have exactly one).',
})
export class QuestionObject {
  @Field(() => ID, { description: 'Opaque, stable id (backend-prefixed).' })
  id!: string;

  @Field(() => Int, {
    description: 'Portal id of the question (the key of a ballot). Telegram polls: always 1 (one question).',
  })
  questionId!: number;

  @Field({ description: 'The question text.' })
  text!: string;

  @Field({ description: 'Several answers may be chosen (checkboxes) rather than one (radio buttons).' })
  multipleChoice!: boolean;

  @Field(() => Int, { description: 'How many users answered this question.' })
  totalVotes!: number;

  @Extensions({ listSize: MAX_ANSWERS })
  @Field(() => [AnswerObject], { description: 'The answer options, in the order the portal shows them.' })
  answers!: AnswerObject[];
}

@ObjectType('Poll', {
  implements: Node,
  description:
    'A poll ("vote") attached to a chat message, on Bitrix24 or on Telegram (see id and dialogId).',
})
export class PollObject {
  @Field(() => ID, {
    description:
      'Opaque, stable id (backend-prefixed: from the attach id on Bitrix24, from the chat and message on Telegram). Works in node(id) and PollRef.id.',
  })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Telegram polls: the chat as a dialog id (tg:chat:<id>, tg:channel:<id>, tg:user:<id>); with messageId it addresses the poll. null for Bitrix24 polls.',
  })
  dialogId!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The chat message carrying the poll; null if the portal did not say.',
  })
  messageId!: number | null;

  @Field(() => Int, {
    description:
      'Portal id of the attachment binding the poll to the message. Bitrix24 only: 0 on Telegram polls (they have no attachment; address them by id or dialogId + messageId).',
  })
  attachId!: number;

  @Field(() => Int, {
    description:
      'Portal id of the vote entity (may differ from attachId). Bitrix24 only: 0 on Telegram polls.',
  })
  voteId!: number;

  @Field({
    description:
      'Signed attach id ("<attachId>.<hex>"), another way to address the poll. Bitrix24 only: "" (empty) on Telegram polls.',
  })
  signedAttachId!: string;

  @Field({ description: 'Voters are hidden: Answer.voters is always empty.' })
  anonymous!: boolean;

  @Field({ description: 'Users may change or recall their ballot.' })
  revoteAllowed!: boolean;

  @Field({ description: 'The poll was stopped; nobody can vote until it is resumed.' })
  finished!: boolean;

  @Field({ description: 'A quiz (Telegram): some answers are correct; see Answer.correct and explanation.' })
  quiz!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Quiz polls: the explanation of the correct answer, once revealed to the caller; otherwise null.',
  })
  explanation!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'When the poll closes by itself (ISO 8601, Telegram close date or period); null when not set.',
  })
  closesAt!: string | null;

  @Field(() => PollCapabilitiesObject, { description: 'What the calling user may do with this poll now.' })
  capabilities!: PollCapabilitiesObject;

  @Field(() => Int, { description: 'How many users have a ballot in this poll.' })
  totalVotes!: number;

  @Extensions({ listSize: 1 })
  @Field(() => [QuestionObject], { description: 'The questions (chat polls have exactly one).' })
  questions!: QuestionObject[];

  @Field(() => PollViewerObject, { description: 'What the calling user may do and has chosen.' })
  viewer!: PollViewerObject;

  @Field(() => String, {
    nullable: true,
    description: 'Absolute URL of the results page (works in a browser logged in to the portal).',
  })
  resultUrl!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Absolute URL of the results report file (works in a browser logged in to the portal).',
  })
  downloadUrl!: string | null;
}

/** votes / answered × 100, kept to 2 decimals so that 1 of 3 reads 33.33, not 33.333333. */
export function answerPercent(votes: number, answered: number): number {
  if (answered <= 0) return 0;
  return Math.round((votes * 10000) / answered) / 100;
}

/**
 * What the caller may do: the backend's own answer when it gives one (Telegram), otherwise derived
 * from the Bitrix24 viewer flags (canVote, canRevote, canEdit) and the poll's state.
 */
export function pollActions(poll: Poll): PollActions {
  if (poll.actions) return poll.actions;
  const { viewer } = poll;
  return {
    vote: viewer.canVote,
    retract: !poll.finished && viewer.canRevote && viewer.hasVoted,
    close: viewer.canEdit && !poll.finished,
    reopen: viewer.canEdit && poll.finished,
    listVoters: !poll.anonymous,
    quiz: false,
  };
}

function toAnswerObject(poll: Poll, question: PollQuestion, answer: PollAnswer): AnswerObject {
  return Object.assign(new AnswerObject(), {
    id: answerIdOf(poll, answer),
    correct: answer.correct ?? null,
    ...(poll.origin && answer.optionKey !== undefined
      ? { telegram: { ref: poll.origin, optionKey: answer.optionKey } }
      : {}),
    answerId: answer.id,
    text: answer.text,
    votes: answer.votes,
    percent: answerPercent(answer.votes, question.totalVotes),
    attachId: poll.attachId,
    questionId: question.id,
    anonymous: poll.anonymous,
  });
}

export function toPollObject(poll: Poll): PollObject {
  return Object.assign(new PollObject(), {
    id: pollIdOf(poll),
    dialogId: poll.origin?.dialogId ?? null,
    messageId: poll.messageId > 0 ? poll.messageId : null,
    attachId: poll.attachId,
    voteId: poll.voteId,
    signedAttachId: poll.signedAttachId,
    anonymous: poll.anonymous,
    revoteAllowed: poll.revoteAllowed,
    finished: poll.finished,
    quiz: poll.quiz !== undefined,
    explanation: poll.quiz?.explanation ?? null,
    closesAt: poll.closesAt ? poll.closesAt.toISOString() : null,
    capabilities: Object.assign(new PollCapabilitiesObject(), pollActions(poll)),
    totalVotes: poll.totalVotes,
    resultUrl: poll.resultUrl,
    downloadUrl: poll.downloadUrl,
    questions: poll.questions.map((question) =>
      Object.assign(new QuestionObject(), {
        id: questionIdOf(poll, question.id),
        questionId: question.id,
        text: question.text,
        multipleChoice: question.multipleChoice,
        totalVotes: question.totalVotes,
        answers: question.answers.map((answer) => toAnswerObject(poll, question, answer)),
      }),
    ),
    viewer: Object.assign(new PollViewerObject(), {
      ...poll.viewer,
      attachId: poll.attachId,
      ...(poll.origin ? { telegram: poll.origin } : {}),
      myAnswers: poll.viewer.myAnswers.map((a) => Object.assign(new PollViewerAnswersObject(), a)),
    }),
  });
}
