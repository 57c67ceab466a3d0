/**
 * The `vote.*` REST calls, returning clean Poll objects (docs/bitrix24-contract.md §6, docs/bitrix24-contract.md §11.2–docs/bitrix24-contract.md §11.5). Every call
 * acts as the credential's user: `viewer` describes that user.
 */
import { credentialOrigin, type PortalCredential } from '../credential.js';
import type { PortalCaller, PortalDownload } from '../portal-caller.js';
import type {
  Ballot,
  PhpMap,
  Poll,
  PollRef,
  PollWithVoters,
  RawAttach,
  RawVotedUser,
  SendPollInput,
  SendPollResult,
  VoterPage,
} from '../../../polls/poll.model.js';
import { normalizeAttach, normalizeVoted, normalizeVoter, phpMapValues, toNumber } from './poll.normalize.js';

export const IM_MODULE_ID = 'im';
export const IM_ENTITY_TYPE = 'Bitrix\\Vote\\Attachment\\ImMessageConnector';
export const MAX_GET_MANY = 50;

/** Exactly one addressing form (docs/bitrix24-contract.md §6.0); chat polls by entity, so attachId ≠ voteId never matters. */
export function pollRefParams(ref: PollRef): Record<string, unknown> {
  if ('messageId' in ref)
    return { moduleId: IM_MODULE_ID, entityType: IM_ENTITY_TYPE, entityId: ref.messageId };
  if ('attachId' in ref) return { attachId: ref.attachId };
  return { signedAttachId: ref.signedAttachId };
}

export async function sendPoll(
  caller: PortalCaller,
  credential: PortalCredential,
  input: SendPollInput,
): Promise<SendPollResult> {
  const params: Record<string, unknown> = {
    chatId: input.chatId,
    IM_MESSAGE_VOTE_DATA: {
      QUESTIONS: [
        {
          QUESTION: input.question,
          FIELD_TYPE: input.multipleChoice ? 1 : 0,
          ANSWERS: input.answers.map((text) => ({ MESSAGE: text })),
        },
      ],
      ANONYMITY: input.anonymous ? 1 : 0,
      OPTIONS: input.revoteAllowed ? 1 : 0,
    },
  };
  if (input.templateId !== undefined) params.templateId = input.templateId;
  const options = input.templateId !== undefined ? { idempotencyKey: input.templateId } : {};
  const { result } = await caller.call<{ messageId: number | string; voteId: number | string }>(
    'vote.Integration.Im.send',
    params,
    credential,
    options,
  );
  return { messageId: toNumber(result.messageId), voteId: toNumber(result.voteId) };
}

export async function getPoll(
  caller: PortalCaller,
  credential: PortalCredential,
  ref: PollRef,
): Promise<Poll> {
  const { result } = await caller.call<{ attach: RawAttach }>(
    'vote.AttachedVote.get',
    pollRefParams(ref),
    credential,
  );
  return normalizeAttach(result.attach, credentialOrigin(credential));
}

/**
 * One `getMany` for up to 50 chat messages; the answer is mapped back by `entityId` (the portal
 * does not promise an order). One unknown or unreadable id fails the whole call (docs/bitrix24-contract.md §6.3): the
 * loader above isolates ids when that happens.
 */
export async function getPollsByMessageIds(
  caller: PortalCaller,
  credential: PortalCredential,
  messageIds: readonly number[],
): Promise<Map<number, Poll>> {
  const out = new Map<number, Poll>();
  if (messageIds.length === 0) return out;
  if (messageIds.length > MAX_GET_MANY) {
    throw new RangeError(
      `vote.AttachedVote.getMany takes at most ${MAX_GET_MANY} ids, got ${messageIds.length}`,
    );
  }
  const { result } = await caller.call<{ items: PhpMap<RawAttach> }>(
    'vote.AttachedVote.getMany',
    { moduleId: IM_MODULE_ID, entityType: IM_ENTITY_TYPE, entityIds: [...new Set(messageIds)] },
    credential,
  );
  const origin = credentialOrigin(credential);
  for (const raw of phpMapValues(result.items)) {
    const poll = normalizeAttach(raw, origin);
    out.set(poll.messageId, poll);
  }
  return out;
}

export async function getPollWithVoters(
  caller: PortalCaller,
  credential: PortalCredential,
  ref: PollRef,
  options: { pageSize?: number } = {},
): Promise<PollWithVoters> {
  const params = pollRefParams(ref);
  if (options.pageSize !== undefined) params.pageSize = options.pageSize;
  const { result } = await caller.call<{ attach: RawAttach; voted: PhpMap<RawVotedUser[]> }>(
    'vote.AttachedVote.getWithVoted',
    params,
    credential,
  );
  return {
    poll: normalizeAttach(result.attach, credentialOrigin(credential)),
    voters: normalizeVoted(result.voted),
  };
}

export async function getAnswerVoters(
  caller: PortalCaller,
  credential: PortalCredential,
  ref: PollRef,
  answerId: number,
  page: { pageSize?: number; currentPage?: number } = {},
): Promise<VoterPage> {
  const params: Record<string, unknown> = { ...pollRefParams(ref), answerId };
  // {pageSize, currentPage} as every example sends it (docs/bitrix24-contract.md §10 #4).
  params.pageNavigation = { pageSize: page.pageSize ?? 10, currentPage: page.currentPage ?? 1 };
  const response = await caller.call<{ items: PhpMap<RawVotedUser> }>(
    'vote.AttachedVote.getAnswerVoted',
    params,
    credential,
  );
  const items = phpMapValues(response.result.items).map(normalizeVoter);
  return { items, total: response.total ?? items.length };
}

/** Ids go as strings, as documented (docs/bitrix24-contract.md §10 #5): `{"1": ["3"]}`. */
export function ballotParams(ballot: Ballot): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [questionId, answerIds] of Object.entries(ballot))
    out[String(questionId)] = answerIds.map(String);
  return out;
}

export async function castBallot(
  caller: PortalCaller,
  credential: PortalCredential,
  ref: PollRef,
  ballot: Ballot,
): Promise<Poll> {
  const { result } = await caller.call<{ attach: RawAttach }>(
    'vote.AttachedVote.vote',
    { ...pollRefParams(ref), ballot: ballotParams(ballot) },
    credential,
  );
  return normalizeAttach(result.attach, credentialOrigin(credential));
}

/** Withdraws the caller's ballot; the portal answers with the updated poll. */
export async function recallBallot(
  caller: PortalCaller,
  credential: PortalCredential,
  ref: PollRef,
): Promise<Poll> {
  const { result } = await caller.call<{ attach: RawAttach }>(
    'vote.AttachedVote.recall',
    pollRefParams(ref),
    credential,
  );
  return normalizeAttach(result.attach, credentialOrigin(credential));
}

/** Answers `[]`: re-read the poll if the new state is needed (docs/bitrix24-contract.md §6.8). */
export async function stopPoll(
  caller: PortalCaller,
  credential: PortalCredential,
  ref: PollRef,
): Promise<void> {
  await caller.call<unknown>('vote.AttachedVote.stop', pollRefParams(ref), credential);
}

export async function resumePoll(
  caller: PortalCaller,
  credential: PortalCredential,
  ref: PollRef,
): Promise<void> {
  await caller.call<unknown>('vote.AttachedVote.resume', pollRefParams(ref), credential);
}

/** The results report file (not JSON; cannot be batched). */
export function downloadPollResults(
  caller: PortalCaller,
  credential: PortalCredential,
  ref: PollRef,
): Promise<PortalDownload> {
  return caller.download('vote.AttachedVote.download', pollRefParams(ref), credential);
}
