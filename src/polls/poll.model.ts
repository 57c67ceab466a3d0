/**
 * Polls as the rest of the facade sees them: numbers, arrays and booleans, whatever portal method
 * returned them. The raw portal shapes (`Raw*`) keep every documented quirk (docs/bitrix24-contract.md §6.0).
 */

export interface PollAnswer {
  id: number;
  text: string;
  sort: number;
  votes: number;
  /** 0–100 as the portal computes it */
  percent: number;
  /**
   * Telegram: the answer's option bytes as unpadded base64url (they need not be UTF-8), the key a
   * ballot sends; `id` is then the answer's 1-based position. Absent for Bitrix24 (the key is `id`).
   */
  optionKey?: string;
  /** Quiz: whether this is a correct answer; null while the backend does not reveal it to the caller. */
  correct?: boolean | null;
}

export interface PollQuestion {
  id: number;
  text: string;
  sort: number;
  /** FIELD_TYPE "1" (checkboxes) */
  multipleChoice: boolean;
  totalVotes: number;
  /** sorted by sort, then id */
  answers: PollAnswer[];
}

export interface PollViewerAnswer {
  questionId: number;
  answerIds: number[];
}

/** Relative to the user the call acted as. */
export interface PollViewer {
  canVote: boolean;
  canRevote: boolean;
  canEdit: boolean;
  hasVoted: boolean;
  myAnswers: PollViewerAnswer[];
}

export interface Poll {
  attachId: number;
  voteId: number;
  /** the chat message carrying the poll (the attach's entityId) */
  messageId: number;
  signedAttachId: string;
  anonymous: boolean;
  revoteAllowed: boolean;
  finished: boolean;
  totalVotes: number;
  /** absolute (portal origin + the relative path the portal sends); null when absent */
  resultUrl: string | null;
  downloadUrl: string | null;
  /** sorted by sort, then id */
  questions: PollQuestion[];
  viewer: PollViewer;
  /**
   * Set by backends other than Bitrix24 (whose polls are keyed by attachId): which backend and the
   * poll's native address there. Bitrix24-only numbers (attachId, voteId) are 0 and signedAttachId
   * is '' on such polls.
   */
  origin?: TelegramPollKey;
  /** What this caller may do with this poll, when the backend decides it itself (Telegram). */
  actions?: PollActions;
  /** Quiz polls (Telegram): the explanation shown after voting; null when none or not yet revealed. */
  quiz?: { explanation: string | null };
  /** When the poll closes by itself (Telegram close_date / close_period), if set. */
  closesAt?: Date | null;
}

/** What one caller may do with one poll now. */
export interface PollActions {
  vote: boolean;
  retract: boolean;
  close: boolean;
  reopen: boolean;
  listVoters: boolean;
  quiz: boolean;
}

export interface Voter {
  /** Telegram voters carry `backend: 'tg'` (their id is a Telegram user id). */
  backend?: 'tg';
  id: number;
  name: string;
  imageUrl: string | null;
  workPosition: string | null;
}

/** A Telegram poll: the chat (`tg:chat:1`, `tg:channel:1`, `tg:user:1`) and the message carrying it. */
export interface TelegramPollKey {
  readonly backend: 'tg';
  readonly dialogId: string;
  readonly messageId: number;
}

/** A Bitrix24 poll: exactly one form is sent to the portal. */
export type Bitrix24PollRef = { messageId: number } | { attachId: number } | { signedAttachId: string };

/** How a poll is addressed; the form names the backend (Telegram keys carry `backend: 'tg'`). */
export type PollRef = Bitrix24PollRef | TelegramPollKey;

export const isTelegramRef = (ref: PollRef): ref is TelegramPollKey =>
  'backend' in ref && ref.backend === 'tg';

export interface SendPollInput {
  chatId: number;
  question: string;
  answers: string[];
  multipleChoice?: boolean;
  anonymous?: boolean;
  revoteAllowed?: boolean;
  /** idempotency key: a retry with the same value does not create a second poll */
  templateId?: string;
  /** Telegram: the chat to post in (`tg:chat:1`...); chatId is then 0. */
  dialogId?: string;
  /** Telegram quiz: 0-based indices of the correct answers, and the explanation shown after a vote. */
  quiz?: { correctAnswers: number[]; explanation?: string };
  /** Telegram: closes by itself after this many seconds (5..600), or at this date; not both. */
  closePeriod?: number;
  closeDate?: Date;
}

export interface SendPollResult {
  messageId: number;
  /** 0 on Telegram (no vote entity). */
  voteId: number;
}

/** questionId → answerIds */
export type Ballot = Record<number, number[]>;

/** Question id -> chosen answer ids, as numbers or as the portal's strings. */
export type BallotLike = Readonly<Record<string | number, readonly (number | string)[]>>;

/**
 * Whether two ballots choose the same answers: per question the same set of answer ids (order
 * and repeats ignored, questions without answers ignored). The one rule behind "this ballot
 * already landed" (the traffic engine's read-back after a lost answer) and "the same ballot
 * again" (castBallot's AlreadyVoted).
 */
export function sameBallot(a: BallotLike, b: BallotLike): boolean {
  const norm = (ballot: BallotLike) => {
    const out = new Map<string, string>();
    for (const [question, answers] of Object.entries(ballot)) {
      const ids = [...new Set(answers.map(String))].sort();
      if (ids.length > 0) out.set(String(question), ids.join(','));
    }
    return out;
  };
  const x = norm(a);
  const y = norm(b);
  return x.size === y.size && [...x].every(([question, ids]) => y.get(question) === ids);
}

export interface PollWithVoters {
  poll: Poll;
  /** answerId → first voters (per-answer page); empty for anonymous polls */
  voters: Map<number, Voter[]>;
}

export interface VoterPage {
  items: Voter[];
  total: number;
}

// ---- raw portal shapes ----------------------------------------------------------------------

type NumLike = number | string;
/** PHP serialises an empty map as `[]`. */
export type PhpMap<T> = Record<string, T> | T[];

export interface RawAnswer {
  ID: NumLike;
  C_SORT?: NumLike;
  MESSAGE?: string;
  COUNTER?: NumLike;
  PERCENT?: NumLike;
  [key: string]: unknown;
}

export interface RawQuestion {
  ID: NumLike;
  C_SORT?: NumLike;
  COUNTER?: NumLike;
  QUESTION?: string;
  FIELD_TYPE?: NumLike;
  ANSWERS?: PhpMap<RawAnswer>;
  [key: string]: unknown;
}

export interface RawUserAnswer {
  ANSWER_ID?: NumLike;
  [key: string]: unknown;
}

export interface RawAttach {
  ID: NumLike;
  VOTE_ID: NumLike;
  COUNTER?: NumLike;
  QUESTIONS?: PhpMap<RawQuestion>;
  ANONYMITY?: NumLike;
  OPTIONS?: NumLike;
  userAnswerMap?: PhpMap<PhpMap<RawUserAnswer>>;
  canEdit?: boolean;
  canVote?: boolean;
  canRevote?: boolean;
  isVoted?: boolean;
  signedAttachId?: string;
  resultUrl?: string | null;
  downloadUrl?: string | null;
  entityId?: NumLike;
  isFinished?: boolean;
}

export interface RawVotedUser {
  ID: NumLike;
  NAME?: string;
  IMAGE?: string | false | null;
  WORK_POSITION?: string | null;
}
