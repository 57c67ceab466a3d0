/**
 * Telegram ids: option bytes that are not UTF-8 (0xff, 0xfe, a lone continuation byte, NUL) survive
 * Answer.id and a ballot's optionIds exactly; a malformed Telegram id is refused like any other.
 */
import { parseNodeId, toTelegramId } from '../../../src/graphql/global-id.js';
import { optionFromId, optionToId } from '../../../src/backends/telegram/polls/option-id.js';
import { checkBallotAgainstPoll, checkBallotShape } from '../../../src/polls/poll.validation.js';
import { toPoll } from '../../../src/backends/telegram/polls/poll.telegram.js';
import type { TelegramPoll } from '../../../src/backends/telegram/polls/telegram-poll.types.js';
import type { CastBallotInput } from '../../../src/polls/poll.inputs.js';

const NOT_UTF8 = [
  Buffer.from([0xff, 0xfe]),
  Buffer.from([0x80]),
  Buffer.from([0x00, 0xc3]),
  Buffer.alloc(100, 0xf8),
];
const poll = { dialogId: 'tg:chat:1', messageId: 42 };

test.each(NOT_UTF8.map((b) => [b.toString('hex').slice(0, 12), b] as const))(
  'option bytes %s round-trip through Answer.id',
  (_hex, bytes) => {
    // not UTF-8: decoding and re-encoding as text would change the bytes
    expect(Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes)).toBe(false);
    const id = toTelegramId('Answer', poll, optionToId(bytes));
    const ref = parseNodeId(id);
    expect(ref).toEqual({ type: 'Answer', telegram: poll, optionKey: optionToId(bytes) });
    const back = optionFromId((ref as { optionKey: string }).optionKey);
    expect(back?.equals(bytes)).toBe(true);
  },
);

test('Poll and Question ids of Telegram polls decode to the chat and message', () => {
  expect(parseNodeId(toTelegramId('Poll', { dialogId: 'tg:channel:7', messageId: 3 }))).toEqual({
    type: 'Poll',
    telegram: { dialogId: 'tg:channel:7', messageId: 3 },
  });
  expect(parseNodeId(toTelegramId('Question', poll))).toEqual({ type: 'Question', telegram: poll });
});

test.each([
  'tg:Poll:group:1:42',
  'tg:Poll:chat:0:42',
  'tg:Poll:chat:1:0',
  'tg:Poll:chat:1:42:extra',
  'tg:Answer:chat:1:42',
  'tg:Answer:chat:1:42:not+base64url',
  'tg:Answer:chat:1:42:_w==',
  'tg:Answer:chat:1:42:_x', // not canonical: the trailing bits are not zero
  'tg:User:5',
])('%s is not an id this facade minted', (raw) => {
  expect(parseNodeId(Buffer.from(raw, 'utf8').toString('base64'))).toBeNull();
});

test('a ballot by optionIds with non-UTF-8 options reaches the right answers of the poll', () => {
  const tg: TelegramPoll = {
    pollId: '1',
    dialogId: 'tg:chat:1',
    msgId: 42,
    question: 'Q',
    answers: NOT_UTF8.slice(0, 3).map((bytes, i) => ({
      optionId: optionToId(bytes),
      text: `a${i}`,
      voters: 0,
      chosen: false,
      correct: null,
    })),
    totalVoters: 0,
    multipleChoice: true,
    publicVoters: false,
    revotingDisabled: false,
    quiz: false,
    creator: false,
    closed: false,
    closeDate: null,
    closePeriod: null,
    solution: null,
  };
  const model = toPoll(tg, { isBot: false });
  const input = {
    ref: { id: toTelegramId('Poll', poll) },
    optionIds: [NOT_UTF8[2]!, NOT_UTF8[0]!].map((b) => toTelegramId('Answer', poll, optionToId(b))),
  } as CastBallotInput;
  const shape = checkBallotShape(input);
  if (!shape.ok) throw new Error(shape.error.message);
  expect(shape.value.ref).toEqual({ backend: 'tg', ...poll });
  const ballot = checkBallotAgainstPoll(shape.value, model);
  expect(ballot).toEqual({ ok: true, value: { 1: [3, 1] } });
  // and the adapter sends exactly those option bytes
  const keys = ballot.ok ? ballot.value[1]!.map((id) => model.questions[0]!.answers[id - 1]!.optionKey) : [];
  expect(keys.map((k) => optionFromId(k!)!.toString('hex'))).toEqual([
    NOT_UTF8[2]!.toString('hex'),
    NOT_UTF8[0]!.toString('hex'),
  ]);
});
