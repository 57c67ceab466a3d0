/** TL poll constructors -> the plain TelegramPoll. teleproto reads absent flags fields as null. */
import type { Api } from 'teleproto';
import { formatTelegramPeer, type TelegramPeer } from './peer-address.js';
import { optionToId } from './option-id.js';
import type { TelegramPoll } from './telegram-poll.types.js';

export function toTelegramPoll(
  peer: TelegramPeer,
  msgId: number,
  poll: Api.Poll,
  results: Api.PollResults,
): TelegramPoll {
  const byOption = new Map(
    (results.results ?? []).map((row) => [Buffer.from(row.option).toString('hex'), row]),
  );
  const revealed = (results.results ?? []).some((row) => row.correct === true);
  return {
    pollId: poll.id.toString(),
    dialogId: formatTelegramPeer(peer),
    msgId,
    question: poll.question.text,
    answers: (poll.answers as Api.PollAnswer[]).map((answer) => {
      const row = byOption.get(Buffer.from(answer.option).toString('hex'));
      return {
        optionId: optionToId(answer.option),
        text: answer.text.text,
        voters: row?.voters ?? null,
        chosen: row?.chosen === true,
        correct: poll.quiz && revealed ? row?.correct === true : null,
      };
    }),
    totalVoters: results.totalVoters ?? 0,
    multipleChoice: poll.multipleChoice === true,
    publicVoters: poll.publicVoters === true,
    revotingDisabled: poll.revotingDisabled === true,
    quiz: poll.quiz === true,
    creator: poll.creator === true,
    closed: poll.closed === true,
    closeDate: poll.closeDate ? new Date(poll.closeDate * 1000) : null,
    closePeriod: poll.closePeriod ?? null,
    solution: results.solution ?? null,
  };
}
