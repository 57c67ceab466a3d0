/** Vote counts derived from the stored ballots (nothing is counted twice or cached). */
import type { EmPoll } from '../store/state.js';

export type Ballot = Record<string, number[]>;

export function ballotOf(poll: EmPoll, userId: number): Ballot | undefined {
  return poll.ballots[String(userId)];
}

/** Number of users with a current ballot. */
export function voterCount(poll: EmPoll): number {
  return Object.keys(poll.ballots).length;
}

/** Number of users who answered the question. */
export function questionCount(poll: EmPoll, questionId: number): number {
  let n = 0;
  for (const ballot of Object.values(poll.ballots)) if ((ballot[String(questionId)] ?? []).length > 0) n++;
  return n;
}

export function answerCount(poll: EmPoll, questionId: number, answerId: number): number {
  let n = 0;
  for (const ballot of Object.values(poll.ballots))
    if ((ballot[String(questionId)] ?? []).includes(answerId)) n++;
  return n;
}

/** User ids that chose the answer, in the order they (last) voted. */
export function answerVoterIds(poll: EmPoll, questionId: number, answerId: number): number[] {
  return Object.entries(poll.ballots)
    .filter(([, ballot]) => (ballot[String(questionId)] ?? []).includes(answerId))
    .map(([userId]) => Number(userId))
    .sort((a, b) => (poll.eventIds[String(a)] ?? 0) - (poll.eventIds[String(b)] ?? 0));
}

/** The question an answer belongs to, if the answer exists in this poll. */
export function questionOfAnswer(poll: EmPoll, answerId: number): number | undefined {
  return poll.questions.find((q) => q.answers.some((a) => a.id === answerId))?.id;
}
