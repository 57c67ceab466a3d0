/**
 * Request bytes checked against bytes written by hand from the TL encoding rules (ids little-endian;
 * `bytes` shorter than 254 = one length byte, the data, zero padding to a multiple of 4; vectors =
 * 15c4b51c, count, items), both as teleproto serialises them and as TelegramPolls sends them.
 */
import { Api } from 'teleproto';
import { returnBigInt } from 'teleproto/Helpers.js';
import { FakeTelegramInvoker } from '../../../src/backends/telegram/invoker/fake.invoker.js';
import { TelegramPolls } from '../../../src/backends/telegram/polls/telegram-polls.client.js';
import { optionToId } from '../../../src/backends/telegram/polls/option-id.js';
import { pollAnswerFor } from './poll-fixtures.js';

const hex = (words: string): Buffer => Buffer.from(words.replace(/\s+/g, ''), 'hex');

const VOTE = hex('8461ea10 b95ca935 39300000 00000000 2b000000 15c4b51c 02000000 01000000 01010000');
const RETRACT = hex('8461ea10 c97ea07d 2b000000 15c4b51c 00000000');

test('vote for options [0x00] and [0x01] on inputPeerChat(12345), msg 43', () => {
  const request = new Api.messages.SendVote({
    peer: new Api.InputPeerChat({ chatId: returnBigInt(12345) }),
    msgId: 43,
    options: [Buffer.from([0x00]), Buffer.from([0x01])],
  });
  expect(request.getBytes().toString('hex')).toBe(VOTE.toString('hex'));
});

test('retract on inputPeerSelf, msg 43', () => {
  const request = new Api.messages.SendVote({ peer: new Api.InputPeerSelf(), msgId: 43, options: [] });
  expect(request.getBytes().toString('hex')).toBe(RETRACT.toString('hex'));
});

test('TelegramPolls.vote sends exactly the golden bytes for tg:chat:12345', async () => {
  const fake = new FakeTelegramInvoker().on('messages.sendVote', () =>
    pollAnswerFor(12345, 43, [[0x00], [0x01]]),
  );
  const polls = new TelegramPolls(fake);
  await polls.vote({ peer: { kind: 'chat', id: 12345 }, msgId: 43 }, [
    optionToId(Buffer.from([0x00])),
    optionToId(Buffer.from([0x01])),
  ]);
  expect(fake.callsOf('messages.sendVote').map((c) => c.bytes.toString('hex'))).toEqual([
    VOTE.toString('hex'),
  ]);
});
