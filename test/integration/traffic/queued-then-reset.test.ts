/**
 * A keyed creation that queued for pacing longer than the retry time budget, then lost its
 * answer (the call ran, the connection dropped): repeating it is safe (templateId), so it must be
 * retried and succeed once, not end OUTCOME_UNKNOWN because the queue used up the retry budget.
 * This is how keyed bot sends ended OUTCOME_UNKNOWN under sustained overload with no fault
 * injected: long pacing waits plus the odd keep-alive connection reset.
 */
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import { sendPoll } from '../../../src/backends/bitrix24/polls/poll.portal.js';
import { addFault } from '../../support/emulator.js';
import { callsTo, engineFor, oauthOf } from './traffic-helpers.js';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, limits: { enabled: false } });
});
afterAll(async () => {
  await emu.close();
});

it('retries a keyed creation whose queue wait exceeded the retry budget, creating it once', async () => {
  // Mirror limit 1, one request per 500 ms: the send queues 500 ms behind one read, more than
  // the 300 ms retry budget, before its first attempt.
  const engine = engineFor({
    options: {
      pacing: { burst: 2, safetyMargin: 1, drainPerSecond: 2, maxWaitMs: 5000 },
      batching: { enabled: false },
      retry: { maxElapsedMs: 300, baseDelayMs: 5, maxDelayMs: 20 },
    },
  });
  await addFault(emu, { kind: 'commitThenDrop', count: 1, methods: ['vote.Integration.Im.send'] });
  const templateId = 'queued-then-reset-1';
  const read = engine.call('im.dialog.get', { DIALOG_ID: 'chat1' }, oauthOf(emu, 1));
  const sent = sendPoll(engine, oauthOf(emu, 1), {
    chatId: 1,
    question: 'Queued?',
    answers: ['Yes', 'No'],
    templateId,
  });
  await read;
  await expect(sent).resolves.toMatchObject({ messageId: expect.any(Number) });
  expect(callsTo(emu, 'vote.Integration.Im.send')).toBe(2);
  expect([...emu.state.polls.values()].filter((p) => p.templateId === templateId)).toHaveLength(1);
});
