/** Flood waits per session: later calls wait out FLOOD_WAIT_n, or fail at once beyond the maximum. */
import { Api } from 'teleproto';
import { returnBigInt } from 'teleproto/Helpers.js';
import { FakeTelegramInvoker } from '../../../src/backends/telegram/invoker/fake.invoker.js';
import { FloodGateInvoker } from '../../../src/backends/telegram/invoker/flood-gate.invoker.js';
import { TelegramError } from '../../../src/backends/telegram/telegram-error.js';

const results = () =>
  new Api.messages.GetPollResults({ peer: new Api.InputPeerSelf(), msgId: 1, pollHash: returnBigInt(0) });
const ok = () => new Api.Updates({ updates: [], users: [], chats: [], date: 0, seq: 0 });

function setUp(maxWaitSeconds: number) {
  let now = 1_000_000;
  const slept: number[] = [];
  const fake = new FakeTelegramInvoker().on('messages.getPollResults', ok);
  const gate = new FloodGateInvoker(fake, {
    maxWaitSeconds,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  });
  return { fake, gate, slept, advance: (ms: number) => (now += ms) };
}

test('after FLOOD_WAIT_3 the next call waits 3 s, then is sent once', async () => {
  const { fake, gate, slept } = setUp(10);
  fake.failNext('messages.getPollResults', 'FLOOD_WAIT_3');
  await expect(gate.invoke(results())).rejects.toMatchObject({ code: 'FLOOD_WAIT', seconds: 3 });
  await gate.invoke(results());
  expect(slept).toEqual([3000]);
  expect(fake.calls).toHaveLength(2);
});

test('a wait longer than the maximum fails at once with the seconds left, and sends nothing', async () => {
  const { fake, gate, slept, advance } = setUp(2);
  fake.failNext('messages.getPollResults', 'FLOOD_WAIT_30');
  await expect(gate.invoke(results())).rejects.toBeInstanceOf(TelegramError);
  advance(10_000);
  await expect(gate.invoke(results())).rejects.toMatchObject({
    code: 'FLOOD_WAIT',
    seconds: 20,
    method: 'messages.getPollResults',
  });
  expect(slept).toEqual([]);
  expect(fake.calls).toHaveLength(1);
});

test('once the wait is over calls go straight through', async () => {
  const { fake, gate, slept, advance } = setUp(2);
  fake.failNext('messages.getPollResults', 'SLOWMODE_WAIT_5');
  await expect(gate.invoke(results())).rejects.toMatchObject({ code: 'SLOWMODE_WAIT', seconds: 5 });
  advance(5_000);
  await gate.invoke(results());
  expect(slept).toEqual([]);
  expect(fake.calls).toHaveLength(2);
});

test('other errors do not block the session', async () => {
  const { fake, gate, slept } = setUp(0);
  fake.failNext('messages.getPollResults', 'MESSAGE_ID_INVALID');
  await expect(gate.invoke(results())).rejects.toMatchObject({ code: 'MESSAGE_ID_INVALID' });
  await gate.invoke(results());
  expect(slept).toEqual([]);
});

test('calls queued during a wait go one at a time: a second flood wait holds the rest back again', async () => {
  const { fake, gate, slept } = setUp(10);
  fake.failNext('messages.getPollResults', 'FLOOD_WAIT_2');
  await expect(gate.invoke(results())).rejects.toMatchObject({ seconds: 2 });
  fake.failNext('messages.getPollResults', 'FLOOD_WAIT_3');
  const queued = [gate.invoke(results()), gate.invoke(results()), gate.invoke(results())];
  const settled = await Promise.allSettled(queued);
  expect(settled.map((s) => s.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
  // 2 s for the first flood wait, then 3 s for the second; the third call needed no wait of its own
  expect(slept).toEqual([2000, 3000]);
  expect(fake.calls).toHaveLength(4);
});
