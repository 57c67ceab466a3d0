/** Input rules of the poll operations (pure functions). */
import { PollRefInput, type CastBallotInput, type SendPollInput } from '../../../src/polls/poll.inputs.js';
import type { Poll } from '../../../src/polls/poll.model.js';
import {
  checkBallotAgainstPoll,
  checkBallotShape,
  checkPollRef,
  checkSendPoll,
} from '../../../src/polls/poll.validation.js';

const send = (patch: Partial<SendPollInput>): SendPollInput =>
  ({
    chatId: 1,
    question: 'Q',
    answers: ['A', 'B'],
    multipleChoice: false,
    anonymous: false,
    revoteAllowed: false,
    ...patch,
  }) as SendPollInput;

const poll = (multipleChoice: boolean, questions = 1): Poll =>
  ({
    questions: Array.from({ length: questions }, (_, q) => ({
      id: q + 1,
      multipleChoice,
      answers: [{ id: 10 * (q + 1) + 1 }, { id: 10 * (q + 1) + 3 }],
    })),
  }) as unknown as Poll;

describe('checkSendPoll', () => {
  it('trims, resolves "chatN", and carries the idempotency key as templateId', () => {
    expect(
      checkSendPoll(
        send({
          chatId: null,
          dialogId: 'chat12',
          question: ' Q? ',
          answers: [' A', 'B '],
          idempotencyKey: 'k',
        }),
      ),
    ).toEqual({
      ok: true,
      value: {
        chatId: 12,
        question: 'Q?',
        answers: ['A', 'B'],
        multipleChoice: false,
        anonymous: false,
        revoteAllowed: false,
        templateId: 'k',
      },
    });
  });

  it.each([
    ['a zero-width-space answer', { answers: ['A', '\u200b'] }, 'input.answers.1'],
    ['an answer of a BOM and a word joiner', { answers: ['\ufeff\u2060 ', 'B'] }, 'input.answers.0'],
    ['a question of no-break and zero-width spaces', { question: '\u00a0\u200b\u3000' }, 'input.question'],
  ])('refuses %s as empty (trim() keeps invisible format characters)', (_name, patch, field) => {
    expect(checkSendPoll(send(patch))).toMatchObject({ ok: false, error: { field, constraint: 'notEmpty' } });
  });

  it('keeps a text with visible characters around invisible ones', () => {
    expect(checkSendPoll(send({ answers: ['\u200bA', 'B'] })).ok).toBe(true);
  });

  it('sends no templateId without a key (the facade never invents one)', () => {
    const checked = checkSendPoll(send({}));
    expect(checked.ok && 'templateId' in checked.value).toBe(false);
  });

  it.each([
    [{ chatId: null }, 'input.chatId', 'exactlyOne'],
    [{ dialogId: 'chat1' }, 'input.chatId', 'exactlyOne'],
    [{ chatId: -1 }, 'input.chatId', 'positive'],
    [{ chatId: null, dialogId: 'chat0' }, 'input.dialogId', 'pattern'],
    [{ chatId: null, dialogId: 'sg3' }, 'input.dialogId', 'pattern'],
    [{ question: '' }, 'input.question', 'notEmpty'],
    [{ answers: ['A'] }, 'input.answers', 'minItems'],
    [{ answers: Array.from({ length: 11 }, (_, i) => `${i}`) }, 'input.answers', 'maxItems'],
    [{ answers: ['A', ''] }, 'input.answers.1', 'notEmpty'],
    [{ answers: ['A', 'B', 'A'] }, 'input.answers.2', 'unique'],
    [{ idempotencyKey: '   ' }, 'input.idempotencyKey', 'notEmpty'],
  ])('%j → %s (%s)', (patch, field, constraint) => {
    const checked = checkSendPoll(send(patch as Partial<SendPollInput>));
    expect(checked.ok ? null : { field: checked.error.field, constraint: checked.error.constraint }).toEqual({
      field,
      constraint,
    });
  });
});

describe('checkPollRef', () => {
  const ref = (r: Partial<PollRefInput>) => Object.assign(new PollRefInput(), r);
  it('takes exactly one well-formed form', () => {
    expect(checkPollRef(ref({ messageId: 3 }), 'ref')).toEqual({ ok: true, value: { messageId: 3 } });
    expect(checkPollRef(ref({ attachId: 3, messageId: null }), 'ref')).toEqual({
      ok: true,
      value: { attachId: 3 },
    });
    const signed = `12.${'0f'.repeat(32)}`;
    expect(checkPollRef(ref({ signedAttachId: signed }), 'ref')).toEqual({
      ok: true,
      value: { signedAttachId: signed },
    });
  });
  it.each([
    [{}, 'ref'],
    [{ messageId: 1, signedAttachId: 'x' }, 'ref'],
    [{ messageId: 0 }, 'ref.messageId'],
    [{ signedAttachId: '12.abc' }, 'ref.signedAttachId'],
  ])('%j is refused on %s', (r, field) => {
    const checked = checkPollRef(ref(r), 'ref');
    expect(checked.ok ? null : checked.error.field).toBe(field);
  });
});

describe('ballots', () => {
  const shape = (input: Partial<CastBallotInput>) => {
    const checked = checkBallotShape({ ref: { attachId: 1 }, ...input } as CastBallotInput);
    if (!checked.ok) throw new Error(checked.error.message);
    return checked.value;
  };

  it('answerIds address the only question', () => {
    expect(checkBallotAgainstPoll(shape({ answerIds: [13] }), poll(false))).toEqual({
      ok: true,
      value: { 1: [13] },
    });
  });

  it('refuses two answers on a single-choice question, accepts them on a multiple-choice one', () => {
    const two = shape({ answerIds: [11, 13] });
    const refused = checkBallotAgainstPoll(two, poll(false));
    expect(refused.ok ? null : refused.error.constraint).toBe('singleChoice');
    expect(checkBallotAgainstPoll(two, poll(true)).ok).toBe(true);
  });

  it('refuses unknown answers and questions, and answerIds on a poll with several questions', () => {
    const unknownAnswer = checkBallotAgainstPoll(shape({ answerIds: [12] }), poll(false));
    expect(unknownAnswer.ok ? null : [unknownAnswer.error.field, unknownAnswer.error.constraint]).toEqual([
      'input.answerIds.0',
      'unknownAnswer',
    ]);
    const unknownQuestion = checkBallotAgainstPoll(
      shape({ choices: [{ questionId: 9, answerIds: [11] }] }),
      poll(false),
    );
    expect(
      unknownQuestion.ok ? null : [unknownQuestion.error.field, unknownQuestion.error.constraint],
    ).toEqual(['input.choices.0.questionId', 'unknownQuestion']);
    const several = checkBallotAgainstPoll(shape({ answerIds: [11] }), poll(false, 2));
    expect(several.ok ? null : several.error.constraint).toBe('singleQuestion');
  });

  it('choices address questions by id', () => {
    const ballot = shape({
      choices: [
        { questionId: 2, answerIds: [23] },
        { questionId: 1, answerIds: [11] },
      ],
    });
    expect(checkBallotAgainstPoll(ballot, poll(false, 2))).toEqual({ ok: true, value: { 1: [11], 2: [23] } });
  });
});
