/** TL answers for fake-invoker tests: an updateMessagePoll for a poll with the given option bytes. */
import { Api } from 'teleproto';
import { returnBigInt } from 'teleproto/Helpers.js';

export function pollFor(options: number[][], flags: Partial<Api.Poll> = {}): Api.Poll {
  return new Api.Poll({
    id: returnBigInt(77),
    question: new Api.TextWithEntities({ text: 'Q?', entities: [] }),
    answers: options.map(
      (bytes, i) =>
        new Api.PollAnswer({
          text: new Api.TextWithEntities({ text: `A${i}`, entities: [] }),
          option: Buffer.from(bytes),
        }),
    ),
    hash: returnBigInt(0),
    ...flags,
  });
}

export function pollAnswerFor(
  chatId: number,
  msgId: number,
  options: number[][],
  chosen: number[] = [],
): Api.Updates {
  return new Api.Updates({
    updates: [
      new Api.UpdateMessagePoll({
        peer: new Api.PeerChat({ chatId: returnBigInt(chatId) }),
        msgId,
        pollId: returnBigInt(77),
        poll: pollFor(options),
        results: new Api.PollResults({
          results: options.map(
            (bytes, i) =>
              new Api.PollAnswerVoters({
                option: Buffer.from(bytes),
                voters: chosen.includes(i) ? 1 : 0,
                chosen: chosen.includes(i) || undefined,
              }),
          ),
          totalVoters: chosen.length > 0 ? 1 : 0,
        }),
      }),
    ],
    users: [],
    chats: [],
    date: 0,
    seq: 0,
  });
}
