/**
 * Per-request voter pages (Answer.voters) from `vote.AttachedVote.getAnswerVoted` (docs/bitrix24-contract.md §6.5).
 * All pages asked for in one operation (e.g. the voters of every answer of a poll) go to the
 * portal as one `batch` request of up to 50 commands; a lone page is a plain call.
 */
import DataLoader from 'dataloader';
import { callBatch, MAX_BATCH_COMMANDS, type BatchCommand } from '../batch.js';
import type { PortalCredential } from '../credential.js';
import type { PortalCaller } from '../portal-caller.js';
import type { PhpMap, RawVotedUser, VoterPage } from '../../../polls/poll.model.js';
import type { VoterPageRequest } from '../../../polls/poll.backend.js';
import { normalizeVoter, phpMapValues } from './poll.normalize.js';
import { getAnswerVoters, pollRefParams } from './poll.portal.js';

/** 1-based pages, as the portal counts. */
export type VoterPageKey = VoterPageRequest;

const keyString = (k: VoterPageKey): string => `${k.attachId}:${k.answerId}:${k.pageSize}:${k.page}`;

function params(key: VoterPageKey): Record<string, unknown> {
  return {
    ...pollRefParams({ attachId: key.attachId }),
    answerId: key.answerId,
    pageNavigation: { pageSize: key.pageSize, currentPage: key.page },
  };
}

export function createVoterPageLoader(
  caller: PortalCaller,
  credential: PortalCredential,
): DataLoader<VoterPageKey, VoterPage, string> {
  return new DataLoader<VoterPageKey, VoterPage, string>(
    async (keys) => {
      if (keys.length === 1) {
        const key = keys[0] as VoterPageKey;
        const page = await getAnswerVoters(caller, credential, { attachId: key.attachId }, key.answerId, {
          pageSize: key.pageSize,
          currentPage: key.page,
        }).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
        return [page];
      }
      const commands: Record<string, BatchCommand> = {};
      keys.forEach((key, i) => {
        commands[`v${i}`] = { method: 'vote.AttachedVote.getAnswerVoted', params: params(key) };
      });
      const outcomes = await callBatch(caller, commands, credential);
      return keys.map((_, i) => {
        const outcome = outcomes[`v${i}`];
        if (outcome === undefined) return new Error('no outcome for a voter page');
        if (!outcome.ok) return outcome.error;
        const items = phpMapValues((outcome.result as { items?: PhpMap<RawVotedUser> }).items).map(
          normalizeVoter,
        );
        return { items, total: outcome.total ?? items.length };
      });
    },
    { cacheKeyFn: keyString, maxBatchSize: MAX_BATCH_COMMANDS },
  );
}
