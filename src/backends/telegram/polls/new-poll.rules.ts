/**
 * Telegram's rules for a new poll, checked before any request (the same codes Telegram would answer):
 * a question of 1..255 characters, 2..10 answers (poll_answers_max defaults to 10) of 1..100
 * characters with unique 1..100-byte options, quiz correct answers as valid distinct 0-based indices
 * (one unless multiple choice), and close_period (5..600 s) or close_date, not both.
 */
import { TelegramError } from '../telegram-error.js';
import type { NewTelegramPoll } from './telegram-poll.types.js';

export const POLL_ANSWERS_MAX = 10;
const METHOD = 'messages.sendMedia';
const fail = (code: string): never => {
  throw new TelegramError({ code, method: METHOD });
};

export function checkNewPoll(input: NewTelegramPoll): void {
  const question = input.question.trim();
  if (question.length === 0 || question.length > 255) fail('POLL_QUESTION_INVALID');
  if (input.answers.length < 2 || input.answers.length > POLL_ANSWERS_MAX) fail('POLL_ANSWERS_INVALID');
  const seen = new Set<string>();
  input.answers.forEach((answer, index) => {
    const length = answer.text.trim().length;
    if (length === 0 || length > 100) fail('POLL_ANSWER_INVALID');
    const option = answer.option ?? Buffer.from([index]);
    if (option.length === 0 || option.length > 100) fail('POLL_OPTION_INVALID');
    if (seen.has(option.toString('hex'))) fail('POLL_OPTION_DUPLICATE');
    seen.add(option.toString('hex'));
  });
  if (input.quiz) {
    const correct = input.quiz.correctAnswers;
    if (correct.length === 0) fail('QUIZ_CORRECT_ANSWERS_EMPTY');
    const valid = correct.every((i) => Number.isInteger(i) && i >= 0 && i < input.answers.length);
    if (!valid || new Set(correct).size !== correct.length) fail('QUIZ_CORRECT_ANSWER_INVALID');
    if (!input.multipleChoice && correct.length > 1) fail('QUIZ_CORRECT_ANSWERS_TOO_MUCH');
  }
  if (input.closePeriod !== undefined && input.closeDate !== undefined) fail('MEDIA_INVALID');
  if (
    input.closePeriod !== undefined &&
    !(Number.isInteger(input.closePeriod) && input.closePeriod >= 5 && input.closePeriod <= 600)
  ) {
    fail('MEDIA_INVALID');
  }
}
