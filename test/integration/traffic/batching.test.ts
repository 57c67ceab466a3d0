/**
 * Cross-request batching over HTTP: concurrent calls for one credential go out as `batch`
 * requests of up to 50 commands, and each caller gets its own result or its own PortalError.
 */
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import { PortalError } from '../../../src/backends/bitrix24/index.js';
import { getPoll, sendPoll } from '../../../src/backends/bitrix24/polls/poll.portal.js';
import { callsTo, engineFor, oauthOf, webhookOf } from './traffic-helpers.js';

let emu: RunningEmulator;
const messageIds: number[] = [];

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  const setup = engineFor({ options: { batching: { enabled: false } } });
  for (let i = 0; i < 3; i++) {
    const sent = await sendPoll(setup, oauthOf(emu, 1), {
      chatId: 1,
      question: `Q${i}?`,
      answers: ['Yes', 'No'],
    });
    messageIds.push(sent.messageId);
  }
});
afterAll(async () => {
  await emu.close();
});
beforeEach(() => emu.clearCalls());

describe('batching across requests', () => {
  it.each([1, 49, 50, 51, 120])('%i concurrent reads → ceil(n/50) HTTP requests', async (n) => {
    const engine = engineFor();
    const polls = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        getPoll(engine, oauthOf(emu, 1), { messageId: messageIds[i % messageIds.length]! }),
      ),
    );
    expect(polls.map((p) => p.messageId)).toEqual(
      Array.from({ length: n }, (_, i) => messageIds[i % messageIds.length]),
    );
    expect(emu.httpRequests()).toBe(Math.ceil(n / 50));
    expect(callsTo(emu, 'vote.AttachedVote.get')).toBe(n);
    expect(engine.stats().httpRequests).toBe(Math.ceil(n / 50));
  });

  it('gives each caller its own error from result_error, and the others their results', async () => {
    const engine = engineFor();
    const ids = [messageIds[0]!, 999_001, messageIds[1]!, 999_002];
    const settled = await Promise.allSettled(
      ids.map((id) => getPoll(engine, oauthOf(emu, 1), { messageId: id })),
    );
    expect(emu.httpRequests()).toBe(1);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    for (const s of settled) {
      if (s.status === 'rejected') {
        expect(s.reason).toBeInstanceOf(PortalError);
        expect((s.reason as PortalError).code).toBe('ATTACH_NOT_FOUND');
        expect((s.reason as PortalError).method).toBe('vote.AttachedVote.get');
      }
    }
  });

  it('keeps credentials apart: two users → two requests', async () => {
    const engine = engineFor();
    await Promise.all([
      getPoll(engine, oauthOf(emu, 1), { messageId: messageIds[0]! }),
      getPoll(engine, oauthOf(emu, 2), { messageId: messageIds[0]! }),
      getPoll(engine, oauthOf(emu, 1), { messageId: messageIds[1]! }),
      getPoll(engine, oauthOf(emu, 2), { messageId: messageIds[1]! }),
    ]);
    expect(emu.httpRequests()).toBe(2);
    const users = new Set(
      emu
        .calls()
        .filter((c) => c.batched)
        .map((c) => c.userId),
    );
    expect(users).toEqual(new Set([1, 2]));
  });

  it('sends download alone, never inside a batch', async () => {
    const engine = engineFor();
    const [file] = await Promise.all([
      engine.download(
        'vote.AttachedVote.download',
        {
          moduleId: 'im',
          entityType: 'Bitrix\\Vote\\Attachment\\ImMessageConnector',
          entityId: messageIds[0],
        },
        oauthOf(emu, 1),
      ),
      getPoll(engine, oauthOf(emu, 1), { messageId: messageIds[0]! }),
      getPoll(engine, oauthOf(emu, 1), { messageId: messageIds[1]! }),
    ]);
    expect(file.body.length).toBeGreaterThan(0);
    expect(emu.httpRequests()).toBe(2);
    expect(emu.calls().find((c) => c.method === 'vote.AttachedVote.download')?.batched).toBe(false);
  });

  it('with batching off, every call is its own request (the baseline)', async () => {
    const engine = engineFor({ options: { batching: { enabled: false } } });
    await Promise.all(
      Array.from({ length: 10 }, () => getPoll(engine, webhookOf(emu), { messageId: messageIds[0]! })),
    );
    expect(emu.httpRequests()).toBe(10);
    expect(emu.calls().every((c) => !c.batched && c.method !== 'batch')).toBe(true);
  });
});
