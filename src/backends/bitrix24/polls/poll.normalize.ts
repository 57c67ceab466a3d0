/**
 * Raw Attach → Poll. `Number()` on every counter (strings normally, numbers right after
 * vote/recall), ID-keyed maps → arrays (never relying on key order or contiguous IDs), `[]` for
 * empty maps, relative URLs made absolute with the portal origin (docs/bitrix24-contract.md §2.3, docs/bitrix24-contract.md §6.0).
 */
import type {
  PhpMap,
  Poll,
  PollAnswer,
  PollQuestion,
  PollViewerAnswer,
  RawAnswer,
  RawAttach,
  RawQuestion,
  RawVotedUser,
  Voter,
} from '../../../polls/poll.model.js';
import { memoizeString } from '../string-memo.js';

/** Values of a PHP map that may be `[]`, an ID-keyed object, or null/absent. */
export function phpMapValues<T>(map: PhpMap<T> | null | undefined): T[] {
  if (!map) return [];
  return Array.isArray(map) ? map : Object.values(map);
}

function phpMapEntries<T>(map: PhpMap<T> | null | undefined): [string, T][] {
  if (!map) return [];
  return Array.isArray(map) ? map.map((v, i): [string, T] => [String(i), v]) : Object.entries(map);
}

/** Number() that maps garbage to 0 rather than NaN, so one odd counter cannot poison sums. */
export function toNumber(value: unknown): number {
  const n = typeof value === 'string' ? Number(value.trim()) : typeof value === 'number' ? value : NaN;
  return Number.isFinite(n) ? n : 0;
}

const bySortThenId = (a: { sort: number; id: number }, b: { sort: number; id: number }): number =>
  a.sort - b.sort || a.id - b.id;

/** Prefix a portal-relative path with the origin; absolute URLs are kept; empty → null. */
export function absoluteUrl(path: string | null | undefined, origin: string): string | null {
  if (!path) return null;
  return resolvedUrl(`${origin}\n${path}`) || null;
}

// Every read of a poll normalises its two links again, and URL parsing was a visible share of a
// poll query: memoised per origin and path (an origin never holds a newline). '' means "not a URL".
const resolvedUrl = memoizeString((key: string): string => {
  const cut = key.indexOf('\n');
  const origin = key.slice(0, cut);
  try {
    return new URL(key.slice(cut + 1), origin.endsWith('/') ? origin : `${origin}/`).toString();
  } catch {
    return '';
  }
});

function normalizeAnswer(raw: RawAnswer): PollAnswer {
  return {
    id: toNumber(raw.ID),
    text: String(raw.MESSAGE ?? ''),
    sort: toNumber(raw.C_SORT),
    votes: toNumber(raw.COUNTER),
    percent: toNumber(raw.PERCENT),
  };
}

function normalizeQuestion(raw: RawQuestion): PollQuestion {
  return {
    id: toNumber(raw.ID),
    text: String(raw.QUESTION ?? ''),
    sort: toNumber(raw.C_SORT),
    multipleChoice: String(raw.FIELD_TYPE ?? '0') === '1',
    totalVotes: toNumber(raw.COUNTER),
    answers: phpMapValues(raw.ANSWERS).map(normalizeAnswer).sort(bySortThenId),
  };
}

function normalizeMyAnswers(map: RawAttach['userAnswerMap']): PollViewerAnswer[] {
  return phpMapEntries(map)
    .map(([questionId, answers]): PollViewerAnswer => {
      const ids = phpMapEntries(answers).map(([answerId, ua]) => toNumber(ua?.ANSWER_ID ?? answerId));
      return { questionId: toNumber(questionId), answerIds: [...new Set(ids)].sort((a, b) => a - b) };
    })
    .sort((a, b) => a.questionId - b.questionId);
}

export function normalizeAttach(raw: RawAttach, portalOrigin: string): Poll {
  const myAnswers = normalizeMyAnswers(raw.userAnswerMap);
  return {
    attachId: toNumber(raw.ID),
    voteId: toNumber(raw.VOTE_ID),
    messageId: toNumber(raw.entityId),
    signedAttachId: String(raw.signedAttachId ?? ''),
    anonymous: toNumber(raw.ANONYMITY) === 1,
    revoteAllowed: toNumber(raw.OPTIONS) === 1,
    finished: raw.isFinished === true,
    totalVotes: toNumber(raw.COUNTER),
    resultUrl: absoluteUrl(raw.resultUrl, portalOrigin),
    downloadUrl: absoluteUrl(raw.downloadUrl, portalOrigin),
    questions: phpMapValues(raw.QUESTIONS).map(normalizeQuestion).sort(bySortThenId),
    viewer: {
      canVote: raw.canVote === true,
      canRevote: raw.canRevote === true,
      canEdit: raw.canEdit === true,
      // isVoted is the portal's word; a filled userAnswerMap says the same when isVoted is absent.
      hasVoted: raw.isVoted ?? myAnswers.some((a) => a.answerIds.length > 0),
      myAnswers,
    },
  };
}

export function normalizeVoter(raw: RawVotedUser): Voter {
  return {
    id: toNumber(raw.ID),
    name: String(raw.NAME ?? ''),
    imageUrl: typeof raw.IMAGE === 'string' && raw.IMAGE !== '' ? raw.IMAGE : null,
    workPosition:
      typeof raw.WORK_POSITION === 'string' && raw.WORK_POSITION !== '' ? raw.WORK_POSITION : null,
  };
}

/** `voted` of getWithVoted: answerId → VotedUser[], or `[]` when nobody voted / anonymous. */
export function normalizeVoted(voted: PhpMap<RawVotedUser[]> | null | undefined): Map<number, Voter[]> {
  const out = new Map<number, Voter[]>();
  if (!voted || Array.isArray(voted)) return out;
  for (const [answerId, users] of Object.entries(voted)) {
    out.set(toNumber(answerId), phpMapValues(users).map(normalizeVoter));
  }
  return out;
}
