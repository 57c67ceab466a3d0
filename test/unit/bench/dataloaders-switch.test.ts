/**
 * FACADE_DATALOADERS: the benchmarks' "hand-written facade" baseline is a real configuration switch.
 * Off, the poll and chat loaders issue one portal call per key (and remember nothing); on (the
 * default), the same reads collapse into one request.
 */
import { createChatLoader } from '../../../src/backends/bitrix24/chats/chat.loader.js';
import { loadConfig } from '../../../src/config/config.js';
import type { PortalCaller, PortalResponse } from '../../../src/backends/bitrix24/portal-caller.js';
import {
  createPollLoader,
  createUnbatchedPollLoader,
} from '../../../src/backends/bitrix24/polls/poll.loader.js';
import { oauthCredential, rawAttach } from '../polls/poll-fixtures.js';

/** Answers poll gets/getMany and dialog reads/batches; records each call's method. */
function recordingPortal() {
  const methods: string[] = [];
  const caller: PortalCaller = {
    async call<T>(method: string, params: Record<string, unknown>): Promise<PortalResponse<T>> {
      methods.push(method);
      if (method === 'vote.AttachedVote.get')
        return { result: { attach: rawAttach(Number(params.entityId)) } as T };
      if (method === 'vote.AttachedVote.getMany')
        return { result: { items: (params.entityIds as number[]).map(rawAttach) } as T };
      if (method === 'im.dialog.get') return { result: { id: 1, name: 'Chat', type: 'chat' } as T };
      if (method === 'batch') {
        const cmd = params.cmd as Record<string, string>;
        const result = Object.fromEntries(
          Object.keys(cmd).map((k) => [k, { id: 1, name: 'Chat', type: 'chat' }]),
        );
        return { result: { result, result_error: {} } as T };
      }
      throw new Error(`unexpected ${method}`);
    },
    download: () => Promise.reject(new Error('no downloads here')),
  };
  return { caller, methods };
}

describe('FACADE_DATALOADERS', () => {
  it('is on by default and read as a boolean', () => {
    expect(loadConfig({}).dataLoaders).toBe(true);
    expect(loadConfig({ FACADE_DATALOADERS: 'false' }).dataLoaders).toBe(false);
  });

  it('off: the poll loader sends one get per load, also for a repeated poll', async () => {
    const { caller, methods } = recordingPortal();
    const loader = createUnbatchedPollLoader(caller, oauthCredential);
    const polls = await Promise.all([1, 2, 3, 3].map((messageId) => loader.load({ messageId })));
    expect(polls.map((p) => p.messageId)).toEqual([1, 2, 3, 3]);
    expect(methods).toEqual(Array(4).fill('vote.AttachedVote.get'));
  });

  it('on: the same loads are one getMany', async () => {
    const { caller, methods } = recordingPortal();
    const loader = createPollLoader(caller, oauthCredential);
    await Promise.all([1, 2, 3, 3].map((messageId) => loader.load({ messageId })));
    expect(methods).toEqual(['vote.AttachedVote.getMany']);
  });

  it('off: the chat loader sends one im.dialog.get per load; on: one batch', async () => {
    const off = recordingPortal();
    const unbatched = createChatLoader(off.caller, oauthCredential, false);
    await Promise.all(['chat1', 'chat2', 'chat2'].map((id) => unbatched.load(id)));
    expect(off.methods).toEqual(Array(3).fill('im.dialog.get'));
    const on = recordingPortal();
    const loader = createChatLoader(on.caller, oauthCredential);
    await Promise.all(['chat1', 'chat2', 'chat2'].map((id) => loader.load(id)));
    expect(on.methods).toEqual(['batch']);
  });
});
