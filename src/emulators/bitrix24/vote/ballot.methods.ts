/** `vote.AttachedVote.vote` and `recall` (docs/bitrix24-contract.md §6.6, docs/bitrix24-contract.md §6.7, docs/bitrix24-contract.md §10 #5, #6, #11). */
import type { CallContext, MethodDefinition, Params } from '../core/method.js';
import { getParam, toInt, toList, toObject } from '../core/params.js';
import type { EmPoll } from '../store/state.js';
import { nextId } from '../store/state.js';
import { readablePoll } from './poll-address.js';
import { attachView, type TouchedCounters } from './poll-attach.view.js';
import { ballotOf, type Ballot } from './poll-counters.js';
import { pollInactive, votingFailed } from './poll-errors.js';

/**
 * Reads `{questionId: [answerId, ...]}` with numbers or numeric strings as keys and values
 * (docs/bitrix24-contract.md §10 #5). Anything the poll cannot store is "Failed to save the voting": an empty ballot,
 * unknown question or answer ids, or several answers to a radio question.
 */
function readBallot(params: Params, poll: EmPoll): Ballot {
  const raw = toObject(getParam(params, 'ballot')) ?? {};
  const ballot: Ballot = {};
  for (const [questionKey, answersRaw] of Object.entries(raw)) {
    const questionId = toInt(questionKey);
    const question = poll.questions.find((q) => q.id === questionId);
    if (!question) throw votingFailed();
    const list = toList(answersRaw) ?? [answersRaw];
    const answerIds = [...new Set(list.map((value) => toInt(value)))];
    if (answerIds.length === 0) throw votingFailed();
    for (const answerId of answerIds) {
      if (answerId === undefined || !question.answers.some((a) => a.id === answerId)) throw votingFailed();
    }
    if (question.fieldType === 0 && answerIds.length > 1) throw votingFailed();
    ballot[String(question.id)] = answerIds as number[];
  }
  if (Object.keys(ballot).length === 0) throw votingFailed();
  return ballot;
}

/** Questions and answers of both ballots: their counters are the ones that moved. */
function touchedBy(...ballots: (Ballot | undefined)[]): TouchedCounters {
  const touched: TouchedCounters = { questionIds: new Set(), answerIds: new Set() };
  for (const ballot of ballots) {
    for (const [questionId, answerIds] of Object.entries(ballot ?? {})) {
      touched.questionIds.add(Number(questionId));
      for (const answerId of answerIds) touched.answerIds.add(answerId);
    }
  }
  return touched;
}

function activePoll(params: Params, ctx: CallContext): EmPoll {
  const poll = readablePoll(params, ctx);
  if (poll.finished) throw pollInactive();
  return poll;
}

export const attachedVoteVote: MethodDefinition = {
  name: 'vote.AttachedVote.vote',
  scopes: ['vote'],
  handler: (params, ctx) => {
    const poll = activePoll(params, ctx);
    const previous = ballotOf(poll, ctx.user.id);
    if (previous && poll.options === 0) throw votingFailed();
    const ballot = readBallot(params, poll);
    const userKey = String(ctx.user.id);
    // A revote (OPTIONS=1) replaces the earlier ballot; the new event moves the user to the end
    // of the voter lists, as a fresh vote would.
    poll.ballots[userKey] = ballot;
    poll.eventIds[userKey] = nextId(ctx.state, 'voteEvent');
    const rows: Record<string, number> = {};
    for (const answerIds of Object.values(ballot)) {
      for (const answerId of answerIds) rows[String(answerId)] = nextId(ctx.state, 'voteEventAnswer');
    }
    // In place, not a copy of every voter's rows per vote (that grows with the number of voters).
    (poll.answerRowIds ??= {})[userKey] = rows;
    return { result: { attach: attachView(ctx.state, poll, ctx.user, touchedBy(previous, ballot)) } };
  },
};

export const attachedVoteRecall: MethodDefinition = {
  name: 'vote.AttachedVote.recall',
  scopes: ['vote'],
  handler: (params, ctx) => {
    const poll = activePoll(params, ctx);
    // Recalling is a form of revoting: impossible when the poll forbids it (docs/bitrix24-contract.md §6.7 UNSPEC).
    if (poll.options === 0) throw votingFailed();
    const userKey = String(ctx.user.id);
    const previous = ballotOf(poll, ctx.user.id);
    if (previous) {
      delete poll.ballots[userKey];
      delete poll.eventIds[userKey];
      delete poll.answerRowIds?.[userKey];
    }
    // Not having voted is not an error: recall is idempotent.
    return { result: { attach: attachView(ctx.state, poll, ctx.user, touchedBy(previous)) } };
  },
};
