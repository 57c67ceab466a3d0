/**
 * The poll backend port: everything the poll feature needs of a poll service, and nothing of how
 * it is reached. One implementation per backend (Bitrix24: src/backends/bitrix24/polls/); the
 * composition root registers it under POLL_BACKEND and resolvers ask `ctx.backend(POLL_BACKEND)`.
 *
 * Shaped for a second backend (Telegram): create/read/cast/retract/stop/voters are common; resume
 * is optional (a stopped Telegram poll cannot be reopened); capabilities say what a backend's polls
 * can do, so the feature refuses what a backend cannot do before calling it.
 *
 * Failures: a method rejects; the error layer (graphql-errors) turns the rejection into the
 * mutation's UserError or a GraphQL error. A backend maps its own failures so that feature code
 * never tests a transport's error class.
 */
import { backendKey } from '../graphql/backend-registry.js';
import type {
  Ballot,
  Poll,
  PollRef,
  SendPollInput,
  SendPollResult,
  TelegramPollKey,
  VoterPage,
} from './poll.model.js';
import type { ChatPollAuthor, ChatPollsPage, ChatPollsRequest } from './chat-polls.model.js';

export interface PollCapabilities {
  /** A stopped poll can be resumed (Bitrix24 yes; Telegram no). */
  readonly reopen: boolean;
  /** A poll may hold several questions (Bitrix24's data model yes; Telegram no). */
  readonly multipleQuestions: boolean;
  /** Quiz polls with a correct answer (Telegram yes; Bitrix24 no). */
  readonly quiz: boolean;
  /** The caller can cast a ballot as itself (Telegram bot sessions cannot). */
  readonly voteAsCaller: boolean;
  /** Voters can be listed per answer (never for anonymous polls). */
  readonly votersByAnswer: boolean;
  /** Creation takes an idempotency key, so a retried create never makes a second poll. */
  readonly idempotentCreate: boolean;
}

/** One page of an answer's voters, as the backend pages them (1-based page numbers). */
export interface VoterPageRequest {
  readonly attachId: number;
  readonly answerId: number;
  /** Telegram: the poll and the answer's option key (attachId/answerId are then 0 and the position). */
  readonly telegram?: { readonly ref: TelegramPollKey; readonly optionKey: string };
  readonly pageSize: number;
  readonly page: number;
}

export interface PollBackend {
  /** What the backend's polls can do. */
  readonly capabilities: PollCapabilities;
  /**
   * What this request's caller can do on this backend, where it depends on the caller's session
   * (a Telegram bot session cannot vote); absent means `capabilities`. May fail like any call
   * (e.g. no linked session), but never calls the upstream.
   */
  callerCapabilities?(): Promise<PollCapabilities>;
  /** The poll as the caller sees it. Reads of one request are batched by the backend. */
  read(ref: PollRef): Promise<Poll>;
  /** Replaces what this request knows about a poll (after a cast, retract, stop, resume). */
  remember(poll: Poll): void;
  /** Forgets a poll, so the next read asks the backend again. */
  forget(ref: PollRef): void;
  create(input: SendPollInput): Promise<SendPollResult>;
  /** Casts (or replaces, where allowed) the caller's ballot; answers the poll after it. */
  cast(ref: PollRef, ballot: Ballot): Promise<Poll>;
  /** Withdraws the caller's ballot; answers the poll after it. */
  retract(ref: PollRef): Promise<Poll>;
  stop(ref: PollRef): Promise<void>;
  /** Absent where capabilities.reopen is false. */
  resume?(ref: PollRef): Promise<void>;
  voters(page: VoterPageRequest): Promise<VoterPage>;
  /**
   * A page of a chat's polls, newest first, read from the chat's history (chat-polls.model.ts).
   * Absent where the backend cannot list a chat's polls yet; Chat.polls then answers an empty page.
   */
  chatPolls?(request: ChatPollsRequest): Promise<ChatPollsPage>;
  /**
   * Who posted a poll read by reference (not through its chat), where the backend can tell: the
   * poll's message names its author (Telegram). Reads of one request are batched by the backend.
   * Absent where the poll reads do not name the author (Bitrix24); Poll.author is then null.
   */
  author?(ref: PollRef): Promise<ChatPollAuthor | null>;
}

/** The Bitrix24 poll backend (refs without a backend name). */
export const POLL_BACKEND = backendKey<PollBackend>('polls');
/**
 * The Telegram poll backend (refs with `backend: 'tg'`); null when this facade has no Telegram
 * configured, so a `tg:` ref is refused with NotSupported before any call.
 */
export const TELEGRAM_POLL_BACKEND = backendKey<PollBackend | null>('polls.tg');
