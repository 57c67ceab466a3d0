/** updateMessagePoll pushed to the other connected sessions of the chat's members when results change. */
import { Api } from 'teleproto';
import { Raw } from 'teleproto/events/Raw.js';
import { waitUntil } from '../../support/wait-until.js';
import { channel1, chat1, long, sendPoll, text, useTelegramEmulator, vote } from './tg-client.js';

const world = useTelegramEmulator(['user-1', 'user-2', 'user-3', 'user-4']);
const c = (name: string) => world.clients[name]!;

function collect(name: string): Api.UpdateMessagePoll[] {
  const seen: Api.UpdateMessagePoll[] = [];
  c(name).addEventHandler((update: unknown) => {
    if ((update as { className?: string }).className === 'UpdateMessagePoll')
      seen.push(update as Api.UpdateMessagePoll);
  }, new Raw({}));
  return seen;
}

test("a vote, a retract and the close each reach another member's session, with that member's view", async () => {
  const seen = collect('user-3');
  const msgId = await sendPoll(c('user-1'), chat1());
  await vote(c('user-2'), chat1(), msgId, [1]);
  await waitUntil(() => seen.length >= 1, 'the vote push');
  expect(seen[0]!.msgId).toBe(msgId);
  expect(seen[0]!.results.totalVoters).toBe(1);
  expect(seen[0]!.results.results!.some((r) => r.chosen)).toBe(false); // user 3 did not vote

  await vote(c('user-2'), chat1(), msgId);
  await waitUntil(() => seen.length >= 2, 'the retract push');
  expect(seen[1]!.results.totalVoters).toBe(0);

  await c('user-1').invoke(
    new Api.messages.EditMessage({
      peer: chat1(),
      id: msgId,
      media: new Api.InputMediaPoll({
        poll: new Api.Poll({
          id: long(0),
          closed: true,
          question: text('Lunch?'),
          answers: [],
          hash: long(0),
        }),
      }),
    }),
  );
  await waitUntil(() => seen.length >= 3, 'the close push');
  expect(seen[2]!.poll?.closed).toBe(true);
});

test('non-members of a channel get no push; subscribers do', async () => {
  const subscriber = collect('user-2');
  const outsider = collect('user-4');
  const msgId = await sendPoll(c('user-1'), channel1());
  await vote(c('user-3'), channel1(), msgId, [0]);
  await waitUntil(() => subscriber.some((u) => u.msgId === msgId), 'the subscriber push');
  // the outsider's connection is handled by the same server loop: a round trip after the push has passed it
  await c('user-4').invoke(new Api.updates.GetState());
  expect(outsider.filter((u) => u.msgId === msgId)).toEqual([]);
});
