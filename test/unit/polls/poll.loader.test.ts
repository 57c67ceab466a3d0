/**
 * The poll loader's request plan, against a scripted PortalCaller (the HTTP path is covered by
 * test/integration/polls/poll-batching.test.ts).
 */
import type { PortalCaller, PortalResponse } from '../../../src/backends/bitrix24/portal-caller.js';
import { PortalError } from '../../../src/backends/bitrix24/portal-error.js';
import { createPollLoader, pollRefKey } from '../../../src/backends/bitrix24/polls/poll.loader.js';
import { oauthCredential, rawAttach } from './poll-fixtures.js';

const portalError = (method: string, code: string, description: string, transport = false) =>
  new PortalError({
    code,
    httpStatus: transport ? null : 400,
    method,
    description,
    transport,
    outcomeUnknown: false,
  });

/** A portal where `missing` ids do not exist and `down` makes getMany fail at the transport level. */
function scriptedPortal(opts: { missing?: number[]; down?: boolean } = {}) {
  const calls: { method: string; params: Record<string, unknown> }[] = [];
  const missing = new Set(opts.missing ?? []);
  const caller: PortalCaller = {
    async call<T>(method: string, params: Record<string, unknown>): Promise<PortalResponse<T>> {
      calls.push({ method, params });
      if (method === 'vote.AttachedVote.getMany') {
        if (opts.down) throw portalError(method, 'TIMEOUT', 'timed out', true);
        const ids = params.entityIds as number[];
        const bad = ids.find((id) => missing.has(id));
        if (bad !== undefined) throw portalError(method, '', `Attach with entityId ${bad} not found`);
        return { result: { items: ids.map(rawAttach) } as T };
      }
      if (method === 'batch') {
        const cmd = params.cmd as Record<string, string>;
        const result: Record<string, unknown> = {};
        const resultError: Record<string, unknown> = {};
        for (const [key, line] of Object.entries(cmd)) {
          const id = Number(/entityId=(\d+)/.exec(line)?.[1]);
          if (missing.has(id))
            resultError[key] = { error: 'ATTACH_NOT_FOUND', error_description: 'Attach not found' };
          else result[key] = { attach: rawAttach(id) };
        }
        return { result: { result, result_error: resultError } as T };
      }
      if (method === 'vote.AttachedVote.get')
        return { result: { attach: rawAttach(Number(params.entityId ?? 1)) } as T };
      throw new Error(`unexpected ${method}`);
    },
    async download() {
      throw new Error('not used');
    },
  };
  return { caller, calls };
}

const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);

describe('poll loader', () => {
  it('reads n polls by messageId with ceil(n/50) getMany calls of at most 50 ids', async () => {
    const { caller, calls } = scriptedPortal();
    const loader = createPollLoader(caller, oauthCredential);
    const polls = await Promise.all(ids(120).map((messageId) => loader.load({ messageId })));
    expect(polls.map((p) => p.messageId)).toEqual(ids(120));
    expect(calls.map((c) => c.method)).toEqual(Array(3).fill('vote.AttachedVote.getMany'));
    expect(calls.map((c) => (c.params.entityIds as number[]).length)).toEqual([50, 50, 20]);
  });

  it('isolates a chunk with a missing id through ONE batch of gets; other chunks are untouched', async () => {
    const { caller, calls } = scriptedPortal({ missing: [7, 9] });
    const loader = createPollLoader(caller, oauthCredential);
    const settled = await Promise.allSettled(ids(60).map((messageId) => loader.load({ messageId })));
    expect(calls.map((c) => c.method)).toEqual([
      'vote.AttachedVote.getMany',
      'vote.AttachedVote.getMany',
      'batch',
    ]);
    expect(Object.keys(calls[2]!.params.cmd as object)).toHaveLength(50);
    const rejected = settled.flatMap((s, i) => (s.status === 'rejected' ? [i + 1] : []));
    expect(rejected).toEqual([7, 9]);
    const reason = (settled[6] as PromiseRejectedResult).reason as PortalError;
    expect(reason.code).toBe('ATTACH_NOT_FOUND');
  });

  it('does not isolate a transport failure: every key of the chunk gets it, no n-request fallback', async () => {
    const { caller, calls } = scriptedPortal({ down: true });
    const loader = createPollLoader(caller, oauthCredential);
    const settled = await Promise.allSettled(ids(3).map((messageId) => loader.load({ messageId })));
    expect(
      settled.every((s) => s.status === 'rejected' && (s.reason as PortalError).code === 'TIMEOUT'),
    ).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('a lone attachId read is a plain get; a read poll is found again under its other keys', async () => {
    const { caller, calls } = scriptedPortal();
    const loader = createPollLoader(caller, oauthCredential);
    const byMessage = await loader.load({ messageId: 5 });
    expect(await loader.load({ attachId: 1005 })).toBe(byMessage);
    expect(await loader.load({ signedAttachId: '1005.sig' })).toBe(byMessage);
    expect(calls).toHaveLength(1);
    loader.forget({ messageId: 5 });
    await loader.load({ messageId: 5 });
    expect(calls).toHaveLength(2);
  });

  it('prime replaces the poll under every key', async () => {
    const { caller, calls } = scriptedPortal();
    const loader = createPollLoader(caller, oauthCredential);
    const old = await loader.load({ messageId: 5 });
    const updated = { ...old, finished: true };
    loader.prime(updated);
    expect(await loader.load({ attachId: 1005 })).toBe(updated);
    expect(await loader.load({ messageId: 5 })).toBe(updated);
    expect(calls).toHaveLength(1);
  });

  it('keys each addressing form apart', () => {
    expect([
      pollRefKey({ messageId: 1 }),
      pollRefKey({ attachId: 1 }),
      pollRefKey({ signedAttachId: '1.x' }),
    ]).toEqual(['m:1', 'a:1', 's:1.x']);
  });
});
