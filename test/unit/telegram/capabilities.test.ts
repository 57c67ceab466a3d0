import { capabilitiesOf } from '../../../src/backends/telegram/polls/capabilities.js';
import type { TelegramPoll } from '../../../src/backends/telegram/polls/telegram-poll.types.js';

const base: TelegramPoll = {
  pollId: '1',
  dialogId: 'tg:chat:1',
  msgId: 1,
  question: 'Q',
  answers: [
    { optionId: 'AA', text: 'a', voters: 0, chosen: false, correct: null },
    { optionId: 'AQ', text: 'b', voters: 0, chosen: false, correct: null },
  ],
  totalVoters: 0,
  multipleChoice: false,
  publicVoters: true,
  revotingDisabled: false,
  quiz: false,
  creator: true,
  closed: false,
  closeDate: null,
  closePeriod: null,
  solution: null,
};
const voted = { ...base, answers: [{ ...base.answers[0]!, chosen: true }, base.answers[1]!] };
const user = { isBot: false };

test.each([
  [
    'open poll, author',
    base,
    user,
    { vote: true, retract: false, close: true, reopen: false, listVoters: true, quiz: true },
  ],
  ['after a vote', voted, user, { vote: true, retract: true }],
  [
    'after a vote, revoting disabled',
    { ...voted, revotingDisabled: true },
    user,
    { vote: false, retract: false },
  ],
  ['after a quiz vote', { ...voted, quiz: true }, user, { vote: false, retract: false }],
  ['closed', { ...voted, closed: true }, user, { vote: false, retract: false, close: false, reopen: false }],
  ['not the author', { ...base, creator: false }, user, { close: false }],
  ['a bot session', voted, { isBot: true }, { vote: false, retract: false, listVoters: false, close: true }],
  ['anonymous', { ...base, publicVoters: false }, user, { listVoters: false }],
  ['in a channel', { ...base, dialogId: 'tg:channel:1' }, user, { listVoters: false }],
])('%s', (_, poll, session, expected) => {
  expect(capabilitiesOf(poll as TelegramPoll, session)).toMatchObject(expected);
});
