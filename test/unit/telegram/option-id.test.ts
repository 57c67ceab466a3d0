/** Option bytes need not be UTF-8: they must survive option id -> request bytes -> option id exactly. */
import { FakeTelegramInvoker } from '../../../src/backends/telegram/invoker/fake.invoker.js';
import { optionFromId, optionToId } from '../../../src/backends/telegram/polls/option-id.js';
import { TelegramPolls } from '../../../src/backends/telegram/polls/telegram-polls.client.js';
import type { Api } from 'teleproto';
import { pollAnswerFor } from './poll-fixtures.js';

const NOT_UTF8 = [
  [0xff, 0xfe, 0x00],
  [0xc3, 0x28],
  [0xed, 0xa0, 0x80],
  [0x80],
  Array.from({ length: 100 }, (_, i) => (i * 37) % 256),
];

test.each(NOT_UTF8.map((bytes) => [Buffer.from(bytes).toString('hex'), bytes]))(
  '%s round-trips',
  (_, bytes) => {
    const option = Buffer.from(bytes as number[]);
    expect(Buffer.from(option.toString('utf8'), 'utf8').equals(option)).toBe(false); // really not UTF-8
    expect(optionFromId(optionToId(option))!.equals(option)).toBe(true);
  },
);

test('a vote by option ids sends the exact bytes and reads them back as the same ids', async () => {
  const options = NOT_UTF8.slice(0, 3);
  const fake = new FakeTelegramInvoker().on('messages.sendVote', () => pollAnswerFor(1, 9, options, [1]));
  const polls = new TelegramPolls(fake);
  const id = optionToId(Buffer.from(options[1]!));
  const poll = await polls.vote({ peer: { kind: 'chat', id: 1 }, msgId: 9 }, [id]);
  const sent = (fake.calls[0]!.request as Api.messages.SendVote).options;
  expect(sent.map((b) => Buffer.from(b).toString('hex'))).toEqual(['c328']);
  expect(poll.answers.map((a) => a.optionId)).toEqual(options.map((o) => optionToId(Buffer.from(o))));
  expect(poll.answers.find((a) => a.chosen)?.optionId).toBe(id);
});

test.each(['', 'AA==', 'A', '+/8', 'Zm9v YmFy', optionToId(Buffer.alloc(101, 1))])(
  '%j is not an option id',
  (id) => {
    expect(optionFromId(id)).toBeNull();
  },
);
