/**
 * The Attach object (docs/bitrix24-contract.md §6.0) as one particular user sees it. Quirks kept on purpose:
 * ID-keyed QUESTIONS/ANSWERS maps, numbers as strings inside them, `[]` for an empty
 * userAnswerMap, and (docs/bitrix24-contract.md §10 #6) the counters just changed by vote/recall as numbers.
 */
import type { EmPoll, EmPollAnswer, EmPollQuestion, EmulatorState, EmUser } from '../store/state.js';
import { canEditPoll } from './poll-address.js';
import { answerCount, ballotOf, questionCount, voterCount } from './poll-counters.js';
import { signAttachId } from './poll-signature.js';

/** Which counters a vote/recall just changed; they are printed as numbers. */
export interface TouchedCounters {
  questionIds: Set<number>;
  answerIds: Set<number>;
}

const NOTHING_TOUCHED: TouchedCounters = { questionIds: new Set(), answerIds: new Set() };

function counter(value: number, touched: boolean): string | number {
  return touched ? value : String(value);
}

function answerView(poll: EmPoll, question: EmPollQuestion, answer: EmPollAnswer, touched: TouchedCounters) {
  const count = answerCount(poll, question.id, answer.id);
  const total = questionCount(poll, question.id);
  const percent = total === 0 ? 0 : Math.round((100 * count) / total);
  const fieldName = `bx_vote_event[${poll.attachId}][BALLOT][${question.id}]`;
  return {
    ID: String(answer.id),
    ACTIVE: 'Y',
    TIMESTAMP_X: poll.createdAt,
    QUESTION_ID: String(question.id),
    C_SORT: String(answer.sort),
    IMAGE_ID: null,
    MESSAGE: answer.text,
    MESSAGE_TYPE: 'text',
    COUNTER: counter(count, touched.answerIds.has(answer.id)),
    FIELD_TYPE: String(question.fieldType),
    FIELD_WIDTH: '0',
    FIELD_HEIGHT: '0',
    FIELD_PARAM: null,
    COLOR: '',
    REACTION: '',
    '~FIELD_NAME': fieldName,
    FIELD_NAME: fieldName,
    MESSAGE_FIELD_NAME: `bx_vote_event[${poll.attachId}][MESSAGE][${question.id}][${answer.id}]`,
    '~PERCENT': percent,
    PERCENT: percent,
  };
}

function questionView(poll: EmPoll, question: EmPollQuestion, touched: TouchedCounters) {
  const answers: Record<string, unknown> = {};
  for (const answer of question.answers)
    answers[String(answer.id)] = answerView(poll, question, answer, touched);
  return {
    ID: String(question.id),
    ACTIVE: 'Y',
    TIMESTAMP_X: poll.createdAt,
    VOTE_ID: String(poll.voteId),
    C_SORT: String(question.sort),
    COUNTER: counter(questionCount(poll, question.id), touched.questionIds.has(question.id)),
    QUESTION: question.text,
    QUESTION_TYPE: 'text',
    IMAGE_ID: null,
    DIAGRAM: 'Y',
    DIAGRAM_TYPE: 'histogram',
    REQUIRED: 'N',
    FIELD_TYPE: String(question.fieldType),
    FIELD_NAME: `bx_vote_event[${poll.attachId}][BALLOT][${question.id}]`,
    IMAGE: null,
    ANSWERS: answers,
  };
}

/** The caller's own answers; `[]` (a PHP empty array) when they have no ballot. */
function userAnswerMap(poll: EmPoll, viewer: EmUser): Record<string, unknown> | [] {
  const ballot = ballotOf(poll, viewer.id);
  if (!ballot) return [];
  const eventId = String(poll.eventIds[String(viewer.id)] ?? 0);
  const rowIds = poll.answerRowIds?.[String(viewer.id)] ?? {};
  const map: Record<string, Record<string, unknown>> = {};
  for (const [questionId, answerIds] of Object.entries(ballot)) {
    const answers: Record<string, unknown> = {};
    for (const answerId of answerIds) {
      answers[String(answerId)] = {
        EVENT_ID: eventId,
        EVENT_QUESTION_ID: eventId,
        ANSWER_ID: String(answerId),
        ID: String(rowIds[String(answerId)] ?? eventId),
        MESSAGE: '',
      };
    }
    map[questionId] = answers;
  }
  return map;
}

export function attachView(
  state: EmulatorState,
  poll: EmPoll,
  viewer: EmUser,
  touched: TouchedCounters = NOTHING_TOUCHED,
): Record<string, unknown> {
  const questions: Record<string, unknown> = {};
  for (const question of poll.questions)
    questions[String(question.id)] = questionView(poll, question, touched);
  const isVoted = ballotOf(poll, viewer.id) !== undefined;
  const signed = signAttachId(state, poll.attachId);
  return {
    ID: poll.attachId,
    VOTE_ID: poll.voteId,
    COUNTER: voterCount(poll),
    QUESTIONS: questions,
    ANONYMITY: poll.anonymity,
    OPTIONS: poll.options,
    userAnswerMap: userAnswerMap(poll, viewer),
    canEdit: canEditPoll(poll, viewer),
    canVote: !poll.finished && !isVoted,
    canRevote: !poll.finished && poll.options === 1,
    isVoted,
    signedAttachId: signed,
    resultUrl: `/vote-result/${poll.resultKey}`,
    downloadUrl: `/bitrix/services/main/ajax.php?action=vote.AttachedVote.download&SITE_ID=s1&signedAttachId=${signed}`,
    entityId: poll.messageId,
    isFinished: poll.finished,
  };
}
