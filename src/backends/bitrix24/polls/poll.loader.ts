/**
 * Per-request poll reads (docs/architecture.md §6, docs/bitrix24-contract.md §11.3). All reads of one GraphQL operation are
 * collected by one DataLoader and sent as:
 *  - `ceil(n/50)` `vote.AttachedVote.getMany` calls for polls addressed by messageId;
 *  - `batch` requests of up to 50 `vote.AttachedVote.get` commands for polls addressed by
 *    attachId / signedAttachId (a lone one is a plain `get`).
 * One missing or unreadable id fails a whole getMany (docs/bitrix24-contract.md §6.3): that chunk is then read again as ONE
 * `batch` of `get`s, where each id fails on its own (`result_error`). Never n requests.
 *
 * The values are specific to the calling user (canVote, hasVoted, myAnswers), so the loader lives
 * in the per-request registry under a key that also names the identity's subject.
 */
import DataLoader from 'dataloader';
import { classifyPortalError } from '../errors/classify-portal-error.js';
import { UserErrorCode } from '../../../outcomes/user-error-code.js';
import { callBatch, MAX_BATCH_COMMANDS, type BatchCommand } from '../batch.js';
import { credentialOrigin, type PortalCredential } from '../credential.js';
import type { PortalCaller } from '../portal-caller.js';
import { PortalError } from '../portal-error.js';
import type { Poll, PollRef, RawAttach } from '../../../polls/poll.model.js';
import { normalizeAttach } from './poll.normalize.js';
import { getPoll, getPollsByMessageIds, MAX_GET_MANY, pollRefParams } from './poll.portal.js';

/** One string per addressing form: `m:<messageId>`, `a:<attachId>`, `s:<signedAttachId>`. */
export function pollRefKey(ref: PollRef): string {
  if ('messageId' in ref) return `m:${ref.messageId}`;
  if ('attachId' in ref) return `a:${ref.attachId}`;
  return `s:${ref.signedAttachId}`;
}

function refOfKey(key: string): PollRef {
  const value = key.slice(2);
  if (key.startsWith('m:')) return { messageId: Number(value) };
  if (key.startsWith('a:')) return { attachId: Number(value) };
  return { signedAttachId: value };
}

/** Every key under which a read poll can be found again in this request. */
function keysOf(poll: Poll): string[] {
  const keys = [`a:${poll.attachId}`];
  if (poll.messageId > 0) keys.push(`m:${poll.messageId}`);
  if (poll.signedAttachId) keys.push(`s:${poll.signedAttachId}`);
  return keys;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A getMany failure that only one bad id explains: worth isolating, not worth failing the chunk. */
function isPerIdFailure(error: unknown): boolean {
  if (!(error instanceof PortalError) || error.method !== 'vote.AttachedVote.getMany') return false;
  const outcome = classifyPortalError(error);
  return (
    outcome.kind === 'user' &&
    (outcome.code === UserErrorCode.POLL_NOT_FOUND || outcome.code === UserErrorCode.PERMISSION_DENIED)
  );
}

/**
 * A poll read that failed because the poll is gone or hidden from the caller (not found, read
 * access denied), as opposed to a portal fault: a chat's poll list leaves such a poll out.
 */
export function isUnreadablePoll(error: unknown): boolean {
  if (!(error instanceof PortalError)) return false;
  const outcome = classifyPortalError(error);
  return (
    outcome.kind === 'user' &&
    (outcome.code === UserErrorCode.POLL_NOT_FOUND || outcome.code === UserErrorCode.PERMISSION_DENIED)
  );
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

function missing(messageId: number): PortalError {
  return new PortalError({
    code: 'ATTACH_NOT_FOUND',
    httpStatus: null,
    method: 'vote.AttachedVote.getMany',
    description: `Attach with entityId ${messageId} not found (absent from the answer)`,
    transport: false,
    outcomeUnknown: false,
  });
}

export interface PollLoader {
  /** The poll as the caller sees it; rejects with the PortalError of the failed read. */
  load(ref: PollRef): Promise<Poll>;
  /** Replaces what this request knows about the poll (after a vote, recall, stop, resume). */
  prime(poll: Poll): void;
  /** Forgets a poll, so the next load reads it again. */
  forget(ref: PollRef): void;
}

type Outcome = Poll | Error;

export function createPollLoader(caller: PortalCaller, credential: PortalCredential): PollLoader {
  const origin = credentialOrigin(credential);

  /** Reads refs as one `get` (a lone ref) or one `batch` of `get`s; fills `out` per key. */
  async function readByGets(refs: readonly PollRef[], out: Map<string, Outcome>): Promise<void> {
    if (refs.length === 1) {
      const ref = refs[0] as PollRef;
      out.set(pollRefKey(ref), await getPoll(caller, credential, ref).catch(asError));
      return;
    }
    const commands: Record<string, BatchCommand> = {};
    refs.forEach((ref, i) => {
      commands[`p${i}`] = { method: 'vote.AttachedVote.get', params: pollRefParams(ref) };
    });
    try {
      const outcomes = await callBatch(caller, commands, credential);
      refs.forEach((ref, i) => {
        const outcome = outcomes[`p${i}`];
        if (outcome === undefined) return;
        out.set(
          pollRefKey(ref),
          outcome.ok
            ? normalizeAttach((outcome.result as { attach: RawAttach }).attach, origin)
            : outcome.error,
        );
      });
    } catch (error) {
      for (const ref of refs) out.set(pollRefKey(ref), asError(error));
    }
  }

  async function readChunk(messageIds: readonly number[], out: Map<string, Outcome>): Promise<void> {
    try {
      const polls = await getPollsByMessageIds(caller, credential, messageIds);
      for (const id of messageIds) out.set(`m:${id}`, polls.get(id) ?? missing(id));
    } catch (error) {
      if (isPerIdFailure(error)) {
        await readByGets(
          messageIds.map((messageId) => ({ messageId })),
          out,
        );
        return;
      }
      for (const id of messageIds) out.set(`m:${id}`, asError(error));
    }
  }

  const loader: DataLoader<string, Poll> = new DataLoader<string, Poll>(async (keys) => {
    const out = new Map<string, Outcome>();
    const messageIds = [...new Set(keys.filter((k) => k.startsWith('m:')).map((k) => Number(k.slice(2))))];
    const others = [...new Set(keys.filter((k) => !k.startsWith('m:')))].map(refOfKey);
    await Promise.all([
      ...chunks(messageIds, MAX_GET_MANY).map((chunk) => readChunk(chunk, out)),
      ...chunks(others, MAX_BATCH_COMMANDS).map((chunk) => readByGets(chunk, out)),
    ]);
    for (const poll of out.values()) {
      // So that poll(ref: {attachId}) after polls(messageIds) in one operation costs nothing.
      if (!(poll instanceof Error)) for (const key of keysOf(poll)) loader.prime(key, poll);
    }
    return keys.map((key) => out.get(key) ?? new Error(`no outcome for poll ${key}`));
  });

  return {
    load: (ref) => loader.load(pollRefKey(ref)),
    prime(poll) {
      for (const key of keysOf(poll)) loader.clear(key).prime(key, poll);
    },
    forget(ref) {
      loader.clear(pollRefKey(ref));
    },
  };
}

/**
 * FACADE_DATALOADERS=false: what a hand-written facade does, one `vote.AttachedVote.get` per load
 * and nothing remembered between loads. The baseline the benchmarks compare the loader with.
 */
export function createUnbatchedPollLoader(caller: PortalCaller, credential: PortalCredential): PollLoader {
  return {
    load: (ref) => getPoll(caller, credential, ref),
    prime: () => undefined,
    forget: () => undefined,
  };
}
