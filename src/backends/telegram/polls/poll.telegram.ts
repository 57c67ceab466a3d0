/**
 * The Telegram implementation of the poll backend port (polls/poll.backend.ts), over the caller's
 * own linked Telegram session (TelegramAccess.actorFor(linkKey)). Built once per request by the
 * composition root, so its cache never outlives the request or crosses users.
 *
 * - A Telegram poll has one question (id 1); its answers are named by option bytes, carried as
 *   `optionKey` (base64url), and numbered by position (`id` 1..n) for ballots that use numbers.
 * - The polls one request reads by reference (`poll(ref:)` aliases, `node`/`nodes`, a
 *   subscription's authorising read, ballots' reads) are collected by one DataLoader per request
 *   and read together (TelegramPolls.readEach): polls of basic groups and private chats in one
 *   messages.getMessages per 100 ids, channel polls and `min` results one getPollResults each.
 *   Each poll gets the answer its single read would give (a poll the caller cannot see fails with
 *   the same mapped error). A poll read twice in one request costs one call. A chat's polls
 *   (Chat.polls) come with their results from one messages.search per page
 *   (chat-polls.telegram.ts).
 * - Every TelegramError is mapped through the Telegram error table onto the facade's outcomes and
 *   rethrown as a BackendFailure, so the feature never sees TelegramError.
 * - A caller without a linked session is refused as PermissionDenied before any call: the caller
 *   is known, but may not act on Telegram (FORBIDDEN on queries). A bot session cannot vote,
 *   retract or list voters: `callerCapabilities` says so, and the feature refuses with NotSupported
 *   before any call.
 */
import DataLoader from 'dataloader';
import type { PollBackend, PollCapabilities, VoterPageRequest } from '../../../polls/poll.backend.js';
import type {
  Ballot,
  Poll,
  PollRef,
  SendPollInput,
  SendPollResult,
  TelegramPollKey,
  VoterPage,
} from '../../../polls/poll.model.js';
import { BackendFailure } from '../../../outcomes/backend-failure.js';
import { UserErrorCode } from '../../../outcomes/user-error-code.js';
import type { TelegramAccess, TelegramActor } from '../access/telegram-access.port.js';
import { TelegramError } from '../telegram-error.js';
import { telegramOutcome } from '../telegram-error-table.js';
import { capabilitiesOf } from './capabilities.js';
import { createTelegramChatPolls } from './chat-polls.telegram.js';
import { parseTelegramPeer } from './peer-address.js';
import type { TelegramPoll, TelegramPollRef } from './telegram-poll.types.js';

/** What Telegram polls can do for a user session (a bot session: no voting, no voter lists). */
export const TELEGRAM_POLL_CAPABILITIES: PollCapabilities = {
  reopen: false,
  multipleQuestions: false,
  quiz: true,
  voteAsCaller: true,
  votersByAnswer: true,
  // random_id makes a resend of the same request safe, but a new sendPoll is a new request
  idempotentCreate: false,
};

const BOT_CAPABILITIES: PollCapabilities = {
  ...TELEGRAM_POLL_CAPABILITIES,
  voteAsCaller: false,
  votersByAnswer: false,
};

/** Methods that only read: a lost answer to them changed nothing. */
const READS = new Set([
  'messages.getPollResults',
  'messages.getMessages',
  'messages.getPollVotes',
  'messages.search',
  'messages.getChats',
  'channels.getChannels',
  'users.getUsers',
]);

/** A TelegramError (or anything else) as the BackendFailure the error layer understands. */
export function toBackendFailure(error: unknown): unknown {
  if (!(error instanceof TelegramError)) return error;
  const outcome = telegramOutcome(error, { idempotent: READS.has(error.method) });
  if (outcome.kind === 'capability') {
    return new BackendFailure(
      { kind: 'user', code: UserErrorCode.NOT_SUPPORTED },
      'Telegram does not allow this for this session (user-only method).',
      error.code,
    );
  }
  if (outcome.kind === 'user') {
    // '' lets the error layer use the outcome's own wording
    return new BackendFailure(
      { kind: 'user', code: outcome.code, ...(outcome.field === undefined ? {} : { field: outcome.field }) },
      outcome.code === UserErrorCode.VALIDATION_FAILED ? `Telegram refused this input (${error.code}).` : '',
      error.code,
    );
  }
  return new BackendFailure(
    {
      kind: 'facade',
      code: outcome.code,
      ...(outcome.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: outcome.retryAfterSeconds }),
    },
    outcome.code === 'RATE_LIMITED'
      ? `Telegram asks this session to wait ${outcome.retryAfterSeconds ?? 1} s.`
      : outcome.code === 'UNAUTHENTICATED'
        ? 'The linked Telegram session is no longer valid; link the account again.'
        : '',
    error.code,
  );
}

const notLinked = (): BackendFailure =>
  new BackendFailure(
    { kind: 'user', code: UserErrorCode.PERMISSION_DENIED },
    'No Telegram account is linked to this caller; link one (npm run telegram-login) to use Telegram polls.',
  );

const keyOf = (ref: TelegramPollKey): string => `${ref.dialogId}#${ref.messageId}`;

function telegramRef(ref: PollRef): TelegramPollKey & { native: TelegramPollRef } {
  if (!('backend' in ref) || ref.backend !== 'tg') throw new Error('not a Telegram poll reference');
  const peer = parseTelegramPeer(ref.dialogId);
  if (peer === null) throw new Error('not a Telegram dialog id');
  return { ...ref, native: { peer, msgId: ref.messageId } };
}

/** votes / answered × 100 with 2 decimals (the Bitrix24 side's rule). */
export const percentOf = (votes: number, total: number): number =>
  total <= 0 ? 0 : Math.round((votes * 10000) / total) / 100;

/** The TelegramPoll as the feature's Poll (see the file comment for the id rules). */
export function toPoll(poll: TelegramPoll, session: { isBot: boolean }): Poll {
  const actions = capabilitiesOf(poll, session);
  const total = poll.totalVoters;
  const answers = poll.answers.map((answer, index) => ({
    id: index + 1,
    text: answer.text,
    sort: index + 1,
    votes: answer.voters ?? 0,
    percent: percentOf(answer.voters ?? 0, total),
    optionKey: answer.optionId,
    correct: poll.quiz ? answer.correct : null,
  }));
  const chosen = poll.answers.flatMap((answer, index) => (answer.chosen ? [index + 1] : []));
  const finalBallot = poll.revotingDisabled || poll.quiz;
  return {
    attachId: 0,
    voteId: 0,
    messageId: poll.msgId,
    signedAttachId: '',
    anonymous: !poll.publicVoters,
    revoteAllowed: !finalBallot,
    finished: poll.closed,
    totalVotes: total,
    resultUrl: null,
    downloadUrl: null,
    questions: [
      {
        id: 1,
        text: poll.question,
        sort: 1,
        multipleChoice: poll.multipleChoice,
        totalVotes: total,
        answers,
      },
    ],
    viewer: {
      canVote: actions.vote,
      canRevote: !session.isBot && !poll.closed && !finalBallot,
      canEdit: actions.close,
      hasVoted: chosen.length > 0,
      myAnswers: chosen.length > 0 ? [{ questionId: 1, answerIds: chosen }] : [],
    },
    origin: { backend: 'tg', dialogId: poll.dialogId, messageId: poll.msgId },
    actions,
    ...(poll.quiz ? { quiz: { explanation: poll.solution } } : {}),
    closesAt: poll.closeDate,
  };
}

export function createTelegramPollBackend(access: TelegramAccess, linkKey: string): PollBackend {
  let actor: Promise<TelegramActor | null> | undefined;
  const polls = new Map<string, Promise<Poll>>();

  const session = async (): Promise<TelegramActor> => {
    actor ??= access.actorFor(linkKey);
    const found = await actor;
    if (found === null) throw notLinked();
    return found;
  };

  /** Runs `call` as the caller's session, with every TelegramError mapped. */
  async function as<T>(call: (actor: TelegramActor) => Promise<T>): Promise<T> {
    const current = await session();
    try {
      return await call(current);
    } catch (error) {
      throw toBackendFailure(error);
    }
  }

  const remember = (poll: Poll): void => {
    if (poll.origin) polls.set(keyOf(poll.origin), Promise.resolve(poll));
  };

  /**
   * The request's reads by reference, batched. No DataLoader cache: `polls` is the request's cache
   * (mutations and Chat.polls pages put their polls there too, and a failed read is not kept).
   */
  const loader = new DataLoader<TelegramPollKey & { native: TelegramPollRef }, Poll, string>(
    (keys) =>
      as(async (a) => {
        const each = await a.polls.readEach(keys.map((key) => key.native));
        return each.map((poll) =>
          poll instanceof TelegramError ? (toBackendFailure(poll) as Error) : toPoll(poll, a),
        );
      }),
    { cache: false },
  );

  /** The request's cached read of `ref`, asked through `fetch` when not yet read. */
  const cached = (
    ref: PollRef,
    fetch: (tg: ReturnType<typeof telegramRef>) => Promise<Poll>,
  ): Promise<Poll> => {
    const tg = telegramRef(ref);
    const key = keyOf(tg);
    let pending = polls.get(key);
    if (pending === undefined) {
      pending = fetch(tg);
      // a failed read is not kept: the next read asks again
      pending.catch(() => polls.delete(key));
      polls.set(key, pending);
    }
    return pending;
  };

  const read = (ref: PollRef): Promise<Poll> => cached(ref, (tg) => loader.load(tg));

  /**
   * One getPollResults, for a poll whose results a page brought back `min`: a getMessages would
   * most likely bring the same `min` results again, so the batch is skipped for it.
   */
  const readResults = (ref: PollRef): Promise<Poll> =>
    cached(ref, (tg) => as(async (a) => toPoll(await a.polls.read(tg.native), a)));

  /** The option keys of a ballot's answer numbers (positions), from the poll as read. */
  async function optionKeysOf(ref: PollRef, ballot: Ballot): Promise<string[]> {
    const poll = await read(ref);
    const question = poll.questions[0];
    const ids = Object.values(ballot).flat();
    return ids.map((id) => {
      const key = question?.answers.find((a) => a.id === id)?.optionKey;
      if (key === undefined) {
        throw new BackendFailure(
          { kind: 'user', code: UserErrorCode.VALIDATION_FAILED, field: 'optionIds' },
          `Answer ${id} is not an answer of this poll.`,
        );
      }
      return key;
    });
  }

  const chatPolls = createTelegramChatPolls({ as, read: readResults, toPoll, remember });

  return {
    chatPolls: chatPolls.chatPolls,
    author: chatPolls.author,
    capabilities: TELEGRAM_POLL_CAPABILITIES,
    callerCapabilities: async () => ((await session()).isBot ? BOT_CAPABILITIES : TELEGRAM_POLL_CAPABILITIES),
    read,
    remember,
    forget: (ref) => {
      polls.delete(keyOf(telegramRef(ref)));
    },
    async create(input: SendPollInput): Promise<SendPollResult> {
      const peer = parseTelegramPeer(input.dialogId ?? '');
      if (peer === null) throw new Error('a Telegram poll needs a tg: dialog id');
      const created = await as(async (a) =>
        toPoll(
          await a.polls.create(peer, {
            question: input.question,
            answers: input.answers.map((text) => ({ text })),
            multipleChoice: input.multipleChoice === true,
            publicVoters: input.anonymous !== true,
            revotingDisabled: input.revoteAllowed !== true,
            ...(input.quiz === undefined
              ? {}
              : {
                  quiz: {
                    correctAnswers: input.quiz.correctAnswers,
                    ...(input.quiz.explanation === undefined ? {} : { solution: input.quiz.explanation }),
                  },
                }),
            ...(input.closePeriod === undefined ? {} : { closePeriod: input.closePeriod }),
            ...(input.closeDate === undefined ? {} : { closeDate: input.closeDate }),
          }),
          a,
        ),
      );
      remember(created);
      return { messageId: created.messageId, voteId: 0 };
    },
    async cast(ref, ballot) {
      const tg = telegramRef(ref);
      const keys = await optionKeysOf(ref, ballot);
      const after = await as(async (a) => toPoll(await a.polls.vote(tg.native, keys), a));
      remember(after);
      return after;
    },
    async retract(ref) {
      const tg = telegramRef(ref);
      const after = await as(async (a) => toPoll(await a.polls.retract(tg.native), a));
      remember(after);
      return after;
    },
    async stop(ref) {
      const tg = telegramRef(ref);
      const after = await as(async (a) => toPoll(await a.polls.close(tg.native), a));
      remember(after);
    },
    // no resume: Telegram never reopens a closed poll
    async voters(page: VoterPageRequest): Promise<VoterPage> {
      if (page.telegram === undefined) throw new Error('a Telegram voter page needs its poll');
      const tg = telegramRef(page.telegram.ref);
      // Telegram pages by an opaque offset: the window is read from the start, one call
      const limit = page.page * page.pageSize;
      const list = await as((a) => a.polls.voters(tg.native, { optionId: page.telegram!.optionKey, limit }));
      const from = (page.page - 1) * page.pageSize;
      return {
        total: list.count,
        items: list.voters.slice(from, from + page.pageSize).map((voter) => ({
          backend: 'tg' as const,
          id: Number(voter.userId),
          name: voter.name ?? `Telegram user ${voter.userId}`,
          imageUrl: null,
          workPosition: null,
        })),
      };
    },
  };
}
