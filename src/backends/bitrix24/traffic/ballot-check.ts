/**
 * `vote.AttachedVote.vote` is not idempotent (a second identical ballot is refused with "Failed to
 * save the voting" when revoting is off), so a ballot whose answer was lost is never blindly
 * repeated: the poll is read back and the caller's `userAnswerMap` compared with the ballot. Equal
 * means the first attempt landed (answer with the read-back poll); different means it did not
 * (safe to send again).
 */
import { sameBallot } from '../../../polls/poll.model.js';

type PhpMap<T> = Record<string, T> | T[];

function entries<T>(map: PhpMap<T> | null | undefined): Array<[string, T]> {
  if (Array.isArray(map)) return map.map((value, index) => [String(index), value]);
  if (map && typeof map === 'object') return Object.entries(map);
  return [];
}

/** question id → sorted answer ids, ignoring questions without answers. */
type Choices = Map<string, string[]>;

function normalise(pairs: Array<[string, string[]]>): Choices {
  const out: Choices = new Map();
  for (const [question, answers] of pairs) {
    const ids = [...new Set(answers.map(String))].sort();
    if (ids.length > 0) out.set(String(question), ids);
  }
  return out;
}

/** The `ballot` parameter as sent: `{ "1": ["3"] }` (ids may be numbers or strings). */
export function ballotChoices(ballot: unknown): Choices {
  return normalise(
    entries(ballot as PhpMap<unknown>).map(([question, answers]) => [
      question,
      Array.isArray(answers) ? answers.map(String) : answers === undefined ? [] : [String(answers)],
    ]),
  );
}

/** `userAnswerMap` of a read-back poll: `{ "1": { "3": { "ANSWER_ID": "3", ... } } }` or `[]`. */
export function votedChoices(userAnswerMap: unknown): Choices {
  return normalise(
    entries(userAnswerMap as PhpMap<PhpMap<unknown>>).map(([question, answers]) => [
      question,
      entries(answers).map(([answerId, ua]) => {
        const id = ua && typeof ua === 'object' ? (ua as Record<string, unknown>).ANSWER_ID : undefined;
        return String(id ?? answerId);
      }),
    ]),
  );
}

export function sameChoices(a: Choices, b: Choices): boolean {
  return sameBallot(Object.fromEntries(a), Object.fromEntries(b));
}

/** The `get` parameters that address the same poll as the ballot call. */
export function pollRefOf(params: Record<string, unknown>): Record<string, unknown> {
  const ref: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) if (key !== 'ballot') ref[key] = value;
  return ref;
}

/** Did the ballot in `params` land, judging by the read-back `vote.AttachedVote.get` result? */
export function ballotLanded(params: Record<string, unknown>, getResult: unknown): boolean {
  const attach = (getResult as { attach?: { userAnswerMap?: unknown } } | null)?.attach;
  if (!attach) return false;
  return sameChoices(ballotChoices(params.ballot), votedChoices(attach.userAnswerMap));
}
