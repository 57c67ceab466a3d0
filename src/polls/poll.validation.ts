/**
 * Input rules checked before any portal call (docs/architecture.md §5): each failure names the input field
 * (`input.answers.2`) and the rule (`constraint`). Pure functions, unit-tested.
 */
import { parseNodeId } from '../graphql/global-id.js';
import { groupChatIdOf } from '../validation/dialog-id.js';
import { ValidationFailed } from '../graphql-errors/user-error.types.js';
import type { Ballot, Poll, PollRef, SendPollInput as SendPollParams } from './poll.model.js';
import type { CastBallotInput, PollRefInput, SendPollInput } from './poll.inputs.js';

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
  if (isSet(ref.id)) {
    // The fourth form: a Poll's global id decodes to its backend and native key (the attach id).
    const decoded = parseNodeId(ref.id);
    if (decoded?.type !== 'Poll') {
      return fail(`${field}.id`, `${field}.id is not the id of a poll of this API.`, 'pollId');
    }
    return ok({ attachId: decoded.attachId });
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

function checkChat(input: SendPollInput): Checked<number> {
  const hasChatId = isSet(input.chatId);
  const hasDialogId = isSet(input.dialogId);
  if (hasChatId === hasDialogId) {
    return fail('input.chatId', 'Set exactly one of input.chatId and input.dialogId.', 'exactlyOne');
  }
  if (hasChatId) return positive(input.chatId as number, 'input.chatId');
  const chatId = groupChatIdOf((input.dialogId as string).trim());
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
    chatId: chat.value,
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
  return ok(params);
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

/** A ballot as sent, before the poll is known: `question: null` stands for "the only question". */
export interface BallotDraft {
  ref: PollRef;
  choices: { questionId: number | null; answerIds: number[]; field: string }[];
}

/** The rules that need no poll: ref, exactly one ballot form, ids positive and unique. */
export function checkBallotShape(input: CastBallotInput): Checked<BallotDraft> {
  const ref = checkPollRef(input.ref, 'input.ref');
  if (!ref.ok) return ref;
  const hasAnswerIds = isSet(input.answerIds);
  if (hasAnswerIds === isSet(input.choices)) {
    return fail('input.answerIds', 'Set exactly one of input.answerIds and input.choices.', 'exactlyOne');
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
