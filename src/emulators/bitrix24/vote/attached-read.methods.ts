/** The read methods: get, getMany, getWithVoted, getAnswerVoted (docs/bitrix24-contract.md §6.2–docs/bitrix24-contract.md §6.5). */
import type { MethodDefinition } from '../core/method.js';
import { getParam, isMissing, toInt, toList, toObject } from '../core/params.js';
import { canRead, findPollByMessageId, isImEntity, readablePoll } from './poll-address.js';
import { attachView } from './poll-attach.view.js';
import { answerVoterIds, questionOfAnswer } from './poll-counters.js';
import { getManyError } from './poll-errors.js';
import { votedUser, type VotedUser } from './voted-users.js';

const MAX_ENTITY_IDS = 50;
const DEFAULT_PAGE_SIZE = 10;

export const attachedVoteGet: MethodDefinition = {
  name: 'vote.AttachedVote.get',
  scopes: ['vote'],
  handler: (params, ctx) => {
    const poll = readablePoll(params, ctx);
    return { result: { attach: attachView(ctx.state, poll, ctx.user) } };
  },
};

/** docs/bitrix24-contract.md §10 #3: `entityIds` as documented by the examples, or `entityId` (a number or a list). */
function entityIdList(params: Record<string, unknown>): unknown[] {
  for (const name of ['entityIds', 'entityId']) {
    const raw = getParam(params, name);
    if (isMissing(raw)) continue;
    return toList(raw) ?? [raw];
  }
  return [];
}

export const attachedVoteGetMany: MethodDefinition = {
  name: 'vote.AttachedVote.getMany',
  scopes: ['vote'],
  handler: (params, ctx) => {
    const ids = entityIdList(params);
    if (ids.length > MAX_ENTITY_IDS) throw getManyError('Too many entity ids');
    const chatPolls = isImEntity(getParam(params, 'moduleId'), getParam(params, 'entityType'));
    // One bad id fails the whole call (docs/bitrix24-contract.md §6.3); items keep the order of the request.
    const items = ids.map((raw) => {
      const entityId = toInt(raw);
      const poll = chatPolls && entityId !== undefined ? findPollByMessageId(ctx.state, entityId) : undefined;
      if (!poll) throw getManyError(`Attach with entityId ${String(raw)} not found`);
      if (!canRead(ctx.state, poll, ctx.user)) {
        throw getManyError(`Attach with entityId ${String(raw)} read access denied`);
      }
      return attachView(ctx.state, poll, ctx.user);
    });
    return { result: { items } };
  },
};

function positiveInt(value: unknown, fallback: number): number {
  const n = toInt(value);
  return n !== undefined && n > 0 ? n : fallback;
}

export const attachedVoteGetWithVoted: MethodDefinition = {
  name: 'vote.AttachedVote.getWithVoted',
  scopes: ['vote'],
  handler: (params, ctx) => {
    const poll = readablePoll(params, ctx);
    const pageSize = positiveInt(getParam(params, 'pageSize'), DEFAULT_PAGE_SIZE);
    const voted: Record<string, VotedUser[]> = {};
    // Anonymous polls never reveal who voted (docs/bitrix24-contract.md §6.4 UNSPEC, our choice: `voted` stays empty).
    if (poll.anonymity === 0) {
      for (const question of poll.questions) {
        for (const answer of question.answers) {
          const voterIds = answerVoterIds(poll, question.id, answer.id);
          if (voterIds.length === 0) continue;
          voted[String(answer.id)] = voterIds.slice(0, pageSize).map((id) => votedUser(ctx.state, id));
        }
      }
    }
    return {
      result: {
        attach: attachView(ctx.state, poll, ctx.user),
        voted: Object.keys(voted).length === 0 ? [] : voted,
      },
    };
  },
};

export const attachedVoteGetAnswerVoted: MethodDefinition = {
  name: 'vote.AttachedVote.getAnswerVoted',
  scopes: ['vote'],
  handler: (params, ctx) => {
    const poll = readablePoll(params, ctx);
    // docs/bitrix24-contract.md §10 #4: `{pageSize, currentPage}` (examples) or `{size, page}` (field table).
    const nav = toObject(getParam(params, 'pageNavigation')) ?? {};
    const size = positiveInt(getParam(nav, 'pageSize') ?? getParam(nav, 'size'), DEFAULT_PAGE_SIZE);
    const page = positiveInt(getParam(nav, 'currentPage') ?? getParam(nav, 'page'), 1);
    const answerId = toInt(getParam(params, 'answerId'));
    const questionId = answerId === undefined ? undefined : questionOfAnswer(poll, answerId);
    // Unknown answers and anonymous polls both answer "nobody": items [] and total 0 (our choice).
    if (answerId === undefined || questionId === undefined || poll.anonymity === 1) {
      return { result: { items: [] }, total: 0 };
    }
    const voterIds = answerVoterIds(poll, questionId, answerId);
    const items = voterIds.slice((page - 1) * size, page * size).map((id) => votedUser(ctx.state, id));
    return { result: { items }, total: voterIds.length };
  },
};
