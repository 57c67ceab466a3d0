/**
 * Input rules checked before any portal call (docs/architecture.md §5): each failure names the input field
 * (`input.answers.2`) and the rule (`constraint`). Pure functions, unit-tested.
 */
import { parseNodeId } from '../graphql/global-id.js';
import { groupChatIdOf } from '../validation/dialog-id.js';
import { isTelegramDialogId, namesTelegram } from '../validation/telegram-dialog-id.js';
import { ValidationFailed } from '../graphql-errors/user-error.types.js';
import type { Ballot, Poll, PollRef, SendPollInput as SendPollParams } from './poll.model.js';
import type { CastBallotInput, PollRefInput, SendPollInput } from './poll.inputs.js';
import { pollRefOfKey } from './poll-id.js';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: ValidationFailed };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(field: string, message: string, constraint: string): Checked<T> => ({
  ok: false,
  error: new ValidationFailed(field, message, constraint),
});

/** The portal takes 2..10 answers per question (docs/bitrix24-contract.md §6.1). */
export const MIN_ANSWERS = 2;
export const MAX_ANSWERS = 10;
/**
 * Our own bounds on poll texts (the portal documents none): a question or an answer is shown in a
 * chat message's poll card, and 1,000 characters is far beyond what one shows well there.
 */
export const MAX_QUESTION_LENGTH = 1000;
export const MAX_ANSWER_LENGTH = 1000;
/** Our own bound on the idempotency key (the portal says "any format"); keeps logs and URLs sane. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;
/** `{attachId}.{64 hex}` (docs/bitrix24-contract.md §6.0). */
const SIGNED_ATTACH_ID = /^[1-9]\d*\.[0-9a-fA-F]{64}$/;

const isSet = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

function positive(value: number, field: string): Checked<number> {
  return Number.isInteger(value) && value > 0
    ? ok(value)
    : fail(field, `${field} must be a positive integer.`, 'positive');
}

/** Exactly one addressing form, well formed. `field` is the path of the ref, e.g. "input.ref". */
export function checkPollRef(ref: PollRefInput | null | undefined, field: string): Checked<PollRef> {
  const given = ref
    ? (['messageId', 'attachId', 'signedAttachId', 'id'] as const).filter((k) => isSet(ref[k]))
    : [];
  if (!ref || given.length !== 1) {
    return fail(
      field,
      `${field} needs exactly one of messageId, attachId, signedAttachId, id (got ${given.length === 0 ? 'none' : given.join(', ')}).`,
      'exactlyOne',
    );
  }
  if (isSet(ref.dialogId) && !isSet(ref.messageId)) {
    return fail(`${field}.dialogId`, `${field}.dialogId goes with ${field}.messageId only.`, 'withMessageId');
  }
  if (isSet(ref.id)) {
    // The fourth form: a Poll's global id decodes to its backend and native key (the attach id,
    // or a Telegram poll's chat and message).
    const decoded = parseNodeId(ref.id);
    if (decoded?.type !== 'Poll') {
      return fail(`${field}.id`, `${field}.id is not the id of a poll of this API.`, 'pollId');
    }
    return ok(pollRefOfKey(decoded));
  }
  if (isSet(ref.dialogId)) {
    const dialogId = ref.dialogId.trim();
    if (!isTelegramDialogId(dialogId)) {
      return fail(
        `${field}.dialogId`,
        `${field}.dialogId must be a Telegram chat, tg:chat:<id>, tg:channel:<id> or tg:user:<id> (Bitrix24 polls need no dialogId).`,
        'pattern',
      );
    }
    const messageId = positive(ref.messageId as number, `${field}.messageId`);
    return messageId.ok ? ok({ backend: 'tg', dialogId, messageId: messageId.value }) : messageId;
  }
  if (isSet(ref.messageId)) {
    const checked = positive(ref.messageId, `${field}.messageId`);
    return checked.ok ? ok({ messageId: checked.value }) : checked;
  }
  if (isSet(ref.attachId)) {
    const checked = positive(ref.attachId, `${field}.attachId`);
    return checked.ok ? ok({ attachId: checked.value }) : checked;
  }
  const signed = (ref.signedAttachId ?? '').trim();
  if (!SIGNED_ATTACH_ID.test(signed)) {
    return fail(
      `${field}.signedAttachId`,
      `${field}.signedAttachId must look like "<attachId>.<64 hex digits>".`,
      'pattern',
    );
  }
  return ok({ signedAttachId: signed });
}

function checkChat(input: SendPollInput): Checked<number | string> {
  const hasChatId = isSet(input.chatId);
  const hasDialogId = isSet(input.dialogId);
  if (hasChatId === hasDialogId) {
    return fail('input.chatId', 'Set exactly one of input.chatId and input.dialogId.', 'exactlyOne');
  }
  if (hasChatId) return positive(input.chatId as number, 'input.chatId');
  const dialogId = (input.dialogId as string).trim();
  if (namesTelegram(dialogId)) {
    return isTelegramDialogId(dialogId)
      ? ok(dialogId)
      : fail(
          'input.dialogId',
          'input.dialogId must be tg:chat:<id>, tg:channel:<id> or tg:user:<id> for a Telegram chat.',
          'pattern',
        );
  }
  const chatId = groupChatIdOf(dialogId);
  if (chatId === null) {
    return fail('input.dialogId', 'input.dialogId must be a group chat dialog id, "chatN".', 'pattern');
  }
  return ok(chatId);
}

/**
 * Blank: nothing but whitespace and invisible format characters (zero-width space U+200B, word
 * joiner, BOM, soft hyphen: Unicode category Cf), which `trim()` keeps. Such a text shows as an
 * empty question or answer in the chat.
 */
function isBlank(text: string): boolean {
  return text.replace(/[\s\p{Cf}]/gu, '') === '';
}

function checkAnswers(answers: readonly string[]): Checked<string[]> {
  if (answers.length < MIN_ANSWERS) {
    return fail('input.answers', `A poll needs at least ${MIN_ANSWERS} answers.`, 'minItems');
  }
  if (answers.length > MAX_ANSWERS) {
    return fail('input.answers', `A poll has at most ${MAX_ANSWERS} answers.`, 'maxItems');
  }
  const trimmed = answers.map((a) => a.trim());
  const seen = new Set<string>();
  for (const [i, text] of trimmed.entries()) {
    if (isBlank(text)) return fail(`input.answers.${i}`, `Answer ${i + 1} is empty.`, 'notEmpty');
    if (text.length > MAX_ANSWER_LENGTH) {
      return fail(
        `input.answers.${i}`,
        `An answer has at most ${MAX_ANSWER_LENGTH} characters.`,
        'maxLength',
      );
    }
    if (seen.has(text))
      return fail(`input.answers.${i}`, `Answer ${i + 1} repeats an earlier answer.`, 'unique');
    seen.add(text);
  }
  return ok(trimmed);
}

export function checkSendPoll(input: SendPollInput): Checked<SendPollParams> {
  const chat = checkChat(input);
  if (!chat.ok) return chat;
  const question = input.question.trim();
  if (isBlank(question)) return fail('input.question', 'The question is empty.', 'notEmpty');
  if (question.length > MAX_QUESTION_LENGTH) {
    return fail('input.question', `The question has at most ${MAX_QUESTION_LENGTH} characters.`, 'maxLength');
  }
  const answers = checkAnswers(input.answers);
  if (!answers.ok) return answers;
  const params: SendPollParams = {
    chatId: typeof chat.value === 'number' ? chat.value : 0,
    ...(typeof chat.value === 'string' ? { dialogId: chat.value } : {}),
    question,
    answers: answers.value,
    multipleChoice: input.multipleChoice,
    anonymous: input.anonymous,
    revoteAllowed: input.revoteAllowed,
  };
  if (isSet(input.idempotencyKey)) {
    const key = input.idempotencyKey;
    if (key.trim() === '') return fail('input.idempotencyKey', 'The idempotency key is empty.', 'notEmpty');
    if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
      return fail(
        'input.idempotencyKey',
        `The idempotency key is longer than ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`,
        'maxLength',
      );
    }
    params.templateId = key;
  }
  const extras = checkTelegramExtras(input, params.answers.length);
  if (!extras.ok) return extras;
  return ok({ ...params, ...extras.value });
}

/** Telegram's limit on a quiz explanation (its `solution`). */
export const MAX_EXPLANATION_LENGTH = 200;

/** Quiz and closing options: well formed here; whether the backend supports them is the feature's call. */
function checkTelegramExtras(
  input: SendPollInput,
  answerCount: number,
): Checked<Pick<SendPollParams, 'quiz' | 'closePeriod' | 'closeDate'>> {
  const out: Pick<SendPollParams, 'quiz' | 'closePeriod' | 'closeDate'> = {};
  if (input.quiz === true) {
    const correct = input.correctAnswers ?? [];
    if (correct.length === 0) {
      return fail('input.correctAnswers', 'A quiz needs its correct answers.', 'notEmpty');
    }
    for (const [i, index] of correct.entries()) {
      if (!Number.isInteger(index) || index < 0 || index >= answerCount) {
        return fail(`input.correctAnswers.${i}`, 'Not the index of an answer (0-based).', 'answerIndex');
      }
    }
    if (new Set(correct).size !== correct.length) {
      return fail('input.correctAnswers', 'An answer is named twice.', 'unique');
    }
    if (!input.multipleChoice && correct.length > 1) {
      return fail('input.correctAnswers', 'A single-choice quiz has one correct answer.', 'singleChoice');
    }
    const explanation = input.explanation?.trim();
    if (explanation !== undefined && explanation.length > MAX_EXPLANATION_LENGTH) {
      return fail('input.explanation', `At most ${MAX_EXPLANATION_LENGTH} characters.`, 'maxLength');
    }
    out.quiz = {
      correctAnswers: [...correct],
      ...(explanation === undefined || explanation === '' ? {} : { explanation }),
    };
  } else if (isSet(input.correctAnswers) || isSet(input.explanation)) {
    const field = isSet(input.correctAnswers) ? 'input.correctAnswers' : 'input.explanation';
    return fail(field, `${field} is for quizzes (input.quiz: true).`, 'quizOnly');
  }
  if (isSet(input.closePeriod) && isSet(input.closeDate)) {
    return fail(
      'input.closePeriod',
      'Set at most one of input.closePeriod and input.closeDate.',
      'atMostOne',
    );
  }
  if (isSet(input.closePeriod)) {
    const period = input.closePeriod;
    if (!Number.isInteger(period) || period < 5 || period > 600) {
      return fail('input.closePeriod', 'input.closePeriod is 5..600 seconds.', 'range');
    }
    out.closePeriod = period;
  }
  if (isSet(input.closeDate)) {
    const date = new Date(input.closeDate);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(input.closeDate) || Number.isNaN(date.getTime())) {
      return fail('input.closeDate', 'input.closeDate must be an ISO 8601 date and time.', 'dateTime');
    }
    out.closeDate = date;
  }
  return ok(out);
}

function checkIds(ids: readonly number[], field: string): Checked<number[]> {
  if (ids.length === 0) return fail(field, `${field} must not be empty.`, 'notEmpty');
  const seen = new Set<number>();
  for (const [i, id] of ids.entries()) {
    const checked = positive(id, `${field}.${i}`);
    if (!checked.ok) return checked;
    if (seen.has(id)) return fail(`${field}.${i}`, `${field} lists answer ${id} twice.`, 'unique');
    seen.add(id);
  }
  return ok([...ids]);
}

/** An answer named by its global id (optionIds): the poll it belongs to and its key there. */
export type AnswerKey =
  | { attachId: number; answerId: number }
  | { telegram: { dialogId: string; messageId: number }; optionKey: string };

/** A ballot as sent, before the poll is known: `question: null` stands for "the only question". */
export interface BallotDraft {
  ref: PollRef;
  choices: { questionId: number | null; answerIds: number[]; field: string }[];
  /** Set instead of choices when the ballot names answers by Answer.id. */
  options?: AnswerKey[];
}

function checkOptionIds(ids: readonly string[]): Checked<AnswerKey[]> {
  const field = 'input.optionIds';
  if (ids.length === 0) return fail(field, `${field} must not be empty.`, 'notEmpty');
  if (new Set(ids).size !== ids.length) return fail(field, `${field} lists an answer twice.`, 'unique');
  const out: AnswerKey[] = [];
  for (const [i, id] of ids.entries()) {
    const decoded = parseNodeId(id);
    if (decoded?.type !== 'Answer') {
      return fail(`${field}.${i}`, `${field}.${i} is not the id of an answer (Answer.id).`, 'answerId');
    }
    out.push(
      'telegram' in decoded
        ? { telegram: decoded.telegram, optionKey: decoded.optionKey }
        : { attachId: decoded.attachId, answerId: decoded.answerId },
    );
  }
  return ok(out);
}

/** The rules that need no poll: ref, exactly one ballot form, ids positive and unique. */
export function checkBallotShape(input: CastBallotInput): Checked<BallotDraft> {
  const ref = checkPollRef(input.ref, 'input.ref');
  if (!ref.ok) return ref;
  const hasAnswerIds = isSet(input.answerIds);
  const forms = [hasAnswerIds, isSet(input.choices), isSet(input.optionIds)].filter(Boolean).length;
  if (forms !== 1) {
    return fail(
      'input.answerIds',
      'Set exactly one of input.optionIds, input.answerIds and input.choices.',
      'exactlyOne',
    );
  }
  if (isSet(input.optionIds)) {
    const options = checkOptionIds(input.optionIds);
    if (!options.ok) return options;
    return ok({ ref: ref.value, choices: [], options: options.value });
  }
  if (hasAnswerIds) {
    const ids = checkIds(input.answerIds as number[], 'input.answerIds');
    if (!ids.ok) return ids;
    return ok({
      ref: ref.value,
      choices: [{ questionId: null, answerIds: ids.value, field: 'input.answerIds' }],
    });
  }
  const choices = input.choices as NonNullable<CastBallotInput['choices']>;
  if (choices.length === 0) return fail('input.choices', 'input.choices must not be empty.', 'notEmpty');
  const questions = new Set<number>();
  const out: BallotDraft['choices'] = [];
  for (const [i, choice] of choices.entries()) {
    const field = `input.choices.${i}`;
    const questionId = positive(choice.questionId, `${field}.questionId`);
    if (!questionId.ok) return questionId;
    if (questions.has(choice.questionId)) {
      return fail(`${field}.questionId`, `Question ${choice.questionId} appears twice.`, 'unique');
    }
    questions.add(choice.questionId);
    const ids = checkIds(choice.answerIds, `${field}.answerIds`);
    if (!ids.ok) return ids;
    out.push({ questionId: choice.questionId, answerIds: ids.value, field: `${field}.answerIds` });
  }
  return ok({ ref: ref.value, choices: out });
}

/** The rules that need the poll: questions and answers exist, one answer on a single-choice question. */
export function checkBallotAgainstPoll(draft: BallotDraft, poll: Poll): Checked<Ballot> {
  if (draft.options !== undefined) return checkOptionsAgainstPoll(draft.options, poll);
  const ballot: Ballot = {};
  for (const choice of draft.choices) {
    let question = poll.questions.find((q) => q.id === choice.questionId);
    if (choice.questionId === null) {
      if (poll.questions.length !== 1) {
        return fail(choice.field, 'This poll has several questions: use input.choices.', 'singleQuestion');
      }
      question = poll.questions[0];
    }
    if (question === undefined) {
      return fail(
        choice.field.replace(/answerIds$/, 'questionId'),
        'The poll has no such question.',
        'unknownQuestion',
      );
    }
    for (const [i, answerId] of choice.answerIds.entries()) {
      if (!question.answers.some((a) => a.id === answerId)) {
        return fail(
          `${choice.field}.${i}`,
          `Answer ${answerId} is not an answer of this question.`,
          'unknownAnswer',
        );
      }
    }
    if (!question.multipleChoice && choice.answerIds.length > 1) {
      return fail(choice.field, 'This question takes a single answer.', 'singleChoice');
    }
    ballot[question.id] = choice.answerIds;
  }
  return ok(ballot);
}

/** optionIds: every answer of this poll; grouped by question; one per single-choice question. */
function checkOptionsAgainstPoll(options: readonly AnswerKey[], poll: Poll): Checked<Ballot> {
  const ballot: Ballot = {};
  for (const [i, key] of options.entries()) {
    const field = `input.optionIds.${i}`;
    const samePoll =
      'telegram' in key
        ? poll.origin?.dialogId === key.telegram.dialogId && poll.origin.messageId === key.telegram.messageId
        : poll.origin === undefined && key.attachId === poll.attachId;
    const question = samePoll
      ? poll.questions.find((q) =>
          q.answers.some((a) => ('telegram' in key ? a.optionKey === key.optionKey : a.id === key.answerId)),
        )
      : undefined;
    const answer = question?.answers.find((a) =>
      'telegram' in key ? a.optionKey === key.optionKey : a.id === key.answerId,
    );
    if (question === undefined || answer === undefined) {
      return fail(field, `${field} is not an answer of this poll.`, 'unknownAnswer');
    }
    (ballot[question.id] ??= []).push(answer.id);
  }
  for (const question of poll.questions) {
    if (!question.multipleChoice && (ballot[question.id]?.length ?? 0) > 1) {
      return fail('input.optionIds', 'This question takes a single answer.', 'singleChoice');
    }
  }
  return ok(ballot);
}
