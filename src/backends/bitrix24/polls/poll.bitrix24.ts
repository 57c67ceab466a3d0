/**
 * The Bitrix24 implementation of the poll backend port (polls/poll.backend.ts): `vote.*` calls as
 * one user (the credential), reads batched per request by the poll loader (getMany by message id,
 * `batch` of `get`s otherwise), voter pages batched by the voter-page loader. Built once per
 * request by the composition root, so its caches never outlive the request or cross users.
 */
import type DataLoader from 'dataloader';
import type { PollBackend, PollCapabilities } from '../../../polls/poll.backend.js';
import type { VoterPage } from '../../../polls/poll.model.js';
import type { PortalCredential } from '../credential.js';
import type { PortalCaller } from '../portal-caller.js';
import { createVoterPageLoader, type VoterPageKey } from './answer-voters.loader.js';
import { createPollLoader, createUnbatchedPollLoader } from './poll.loader.js';
import { readChatPolls } from './chat-polls.bitrix24.js';
import { castBallot, recallBallot, resumePoll, sendPoll, stopPoll } from './poll.portal.js';

/** What chat polls on a portal can do (the emulator answers the same). */
export const BITRIX24_POLL_CAPABILITIES: PollCapabilities = {
  reopen: true,
  multipleQuestions: true,
  quiz: false,
  voteAsCaller: true,
  votersByAnswer: true,
  idempotentCreate: true,
};

export interface Bitrix24PollBackendOptions {
  /** FACADE_DATALOADERS: false reads each poll with its own `get` (the benchmarks' baseline). */
  batched: boolean;
}

export function createBitrix24PollBackend(
  caller: PortalCaller,
  credential: PortalCredential,
  options: Bitrix24PollBackendOptions,
): PollBackend {
  const polls = options.batched
    ? createPollLoader(caller, credential)
    : createUnbatchedPollLoader(caller, credential);
  let voterPages: DataLoader<VoterPageKey, VoterPage, string> | undefined;
  return {
    capabilities: BITRIX24_POLL_CAPABILITIES,
    read: (ref) => polls.load(ref),
    remember: (poll) => polls.prime(poll),
    forget: (ref) => polls.forget(ref),
    create: (input) => sendPoll(caller, credential, input),
    cast: (ref, ballot) => castBallot(caller, credential, ref, ballot),
    retract: (ref) => recallBallot(caller, credential, ref),
    stop: (ref) => stopPoll(caller, credential, ref),
    resume: (ref) => resumePoll(caller, credential, ref),
    voters: (page) => (voterPages ??= createVoterPageLoader(caller, credential)).load(page),
    chatPolls: (request) => readChatPolls(caller, credential, (ref) => polls.load(ref), request),
  };
}
