/**
 * One command that cannot be encoded into a `batch` (a lone surrogate in a text) fails alone:
 * another caller's call coalesced into the same batch still gets its answer. The GraphQL edge
 * refuses such text before any resolver runs (see test/integration/bad-input/), so this is checked
 * one layer down, on the traffic engine over the real client and the emulator over HTTP: the batch
 * layer must stay robust whatever reaches it.
 */
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import { getDialog } from '../../../src/backends/bitrix24/chats/chat.portal.js';
import { PortalError } from '../../../src/backends/bitrix24/index.js';
import { sendPoll } from '../../../src/backends/bitrix24/polls/poll.portal.js';
import { engineFor, webhookOf } from './traffic-helpers.js';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, limits: { enabled: false } });
});
afterAll(async () => {
  await emu.close();
});

it("a lone surrogate in one call's text fails that call only, not the read batched beside it", async () => {
  // A wide batch window so that the two calls certainly share one batch.
  const engine = engineFor({ options: { batching: { enabled: true, windowMs: 300 } } });
  const credential = webhookOf(emu);
  const [bad, good] = await Promise.allSettled([
    sendPoll(engine, credential, { chatId: 1, question: 'Broken \ud800 text?', answers: ['Yes', 'No'] }),
    getDialog(engine, credential, 'chat1'),
  ]);
  expect(good.status).toBe('fulfilled');
  expect(good.status === 'fulfilled' && good.value).toMatchObject({ dialogId: 'chat1' });
  expect(bad.status).toBe('rejected');
  const reason = bad.status === 'rejected' ? (bad.reason as unknown) : undefined;
  expect(reason).toBeInstanceOf(PortalError);
  expect(reason).toMatchObject({ code: 'INVALID_TEXT_ENCODING', method: 'vote.Integration.Im.send' });
  expect(emu.calls().filter((c) => c.method === 'vote.Integration.Im.send')).toHaveLength(0);
  // The two really travelled together: the read went inside a batch.
  expect(emu.calls().some((c) => c.batched && c.method === 'im.dialog.get')).toBe(true);
  await engine.close();
});
