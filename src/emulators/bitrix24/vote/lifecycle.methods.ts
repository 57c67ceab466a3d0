/** `vote.AttachedVote.stop` / `resume` (docs/bitrix24-contract.md §6.8, docs/bitrix24-contract.md §6.9): result `[]`, idempotent. */
import type { MethodDefinition } from '../core/method.js';
import { canEditPoll, readablePoll } from './poll-address.js';
import { attachAccessDenied } from './poll-errors.js';

function lifecycleMethod(name: string, finished: boolean): MethodDefinition {
  return {
    name,
    scopes: ['vote'],
    handler: (params, ctx) => {
      const poll = readablePoll(params, ctx);
      // docs/bitrix24-contract.md §6.8 UNSPEC: a member without edit rights gets the read-access error.
      if (!canEditPoll(poll, ctx.user)) throw attachAccessDenied();
      poll.finished = finished;
      return { result: [] };
    },
  };
}

export const attachedVoteStop = lifecycleMethod('vote.AttachedVote.stop', true);
export const attachedVoteResume = lifecycleMethod('vote.AttachedVote.resume', false);
