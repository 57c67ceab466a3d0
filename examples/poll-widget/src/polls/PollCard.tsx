/**
 * One poll: its question(s) as a voting form (fieldset/legend, real radio or checkbox inputs), the
 * results, and what the viewer may do (vote, recall, stop, resume). What the viewer may do comes
 * from `poll.capabilities`, computed by the facade for this user on the backend that serves the
 * poll (a Telegram poll never offers Resume). Its results stay live through the chat's subscription
 * (src/polls/live-results.ts), which updates this card's cache entry.
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { PollRef } from '../gql/graphql';
import {
  CastBallotMutation,
  PollCardQuery,
  RecallBallotMutation,
  ResumePollMutation,
  StopPollMutation,
} from './poll.operations';
import { PollResults } from './PollResults';
import { userErrorOf, type Outcome } from './outcome';
import { describeRequestError, describeUserError, type Problem } from '../errors/describe-error';
import { ProblemNotice } from '../errors/ProblemNotice';

/** Outcomes after which the poll on screen is stale: read it again so the form matches the portal. */
const STALE_AFTER = new Set(['POLL_CLOSED', 'POLL_NOT_FOUND', 'ALREADY_VOTED', 'REVOTE_NOT_ALLOWED']);

export function PollCard({
  pollRef,
  label,
  author,
}: {
  pollRef: PollRef;
  label: string;
  author?: string | undefined;
}) {
  const { data, error, loading, refetch } = useQuery(PollCardQuery, {
    variables: { ref: pollRef },
    notifyOnNetworkStatusChange: true,
  });
  const poll = data?.poll;

  const [choices, setChoices] = useState<Record<number, number[]>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [castBallot] = useMutation(CastBallotMutation);
  const [recallBallot] = useMutation(RecallBallotMutation);
  const [stopPoll] = useMutation(StopPollMutation);
  const [resumePoll] = useMutation(ResumePollMutation);

  if (loading && !poll)
    return (
      <article className="card poll" aria-busy="true">
        Loading {label}…
      </article>
    );
  if (error && !poll) {
    return (
      <article className="card poll">
        <ProblemNotice problem={describeRequestError(error)} />
      </article>
    );
  }
  if (!poll) {
    return (
      <article className="card poll">
        <ProblemNotice problem={{ title: `There is no ${label}, or you cannot see it.` }} />
      </article>
    );
  }

  const ref = { id: poll.id };
  const mine = new Map(poll.viewer.myAnswers.map((a) => [a.questionId, a.answerIds]));
  const can = poll.capabilities;
  const votingOpen = !poll.finished && can.vote;
  const selected = (questionId: number) => choices[questionId] ?? mine.get(questionId) ?? [];

  async function run(action: () => Promise<Outcome | null | undefined>) {
    setBusy(true);
    setProblem(null);
    try {
      const userError = userErrorOf(await action());
      if (userError) {
        setProblem(describeUserError(userError));
        if (STALE_AFTER.has(userError.code)) await refetch();
      } else {
        setChoices({});
      }
    } catch (failure) {
      setProblem(describeRequestError(failure));
    } finally {
      setBusy(false);
    }
  }

  function vote(event: FormEvent) {
    event.preventDefault();
    // optionIds (Answer.id) address answers on either backend (Telegram names them by bytes).
    const optionIds = poll!.questions.flatMap((q) =>
      q.answers.filter((a) => selected(q.questionId).includes(a.answerId)).map((a) => a.id),
    );
    void run(async () => (await castBallot({ variables: { input: { ref, optionIds } } })).data?.castBallot);
  }

  function toggle(questionId: number, answerId: number, multiple: boolean, on: boolean) {
    const current = selected(questionId);
    const next = multiple
      ? on
        ? [...current, answerId]
        : current.filter((id) => id !== answerId)
      : [answerId];
    setChoices({ ...choices, [questionId]: next });
  }

  const titleId = `poll-${poll.id}-title`;
  return (
    <article className="card poll" aria-labelledby={titleId} aria-busy={busy}>
      <h3 id={titleId}>
        {poll.questions[0]?.text ?? label}
        {poll.finished && <span className="badge">Closed</span>}
      </h3>
      <p className="hint">
        Message {poll.messageId}
        {author ? ` · by ${author}` : ''}
        {poll.quiz ? ' · quiz' : ''}
        {poll.anonymous ? ' · anonymous' : ''}
        {poll.revoteAllowed ? ' · you may change your vote' : ''}
      </p>

      <form onSubmit={vote}>
        {/* A disabled fieldset disables every input in it: a closed poll cannot be voted on. */}
        <fieldset disabled={!votingOpen || busy} className="questions">
          <legend className="visually-hidden">Your vote</legend>
          {poll.questions.map((question) => (
            <fieldset key={question.id}>
              <legend>{question.text}</legend>
              {question.answers.map((answer) => (
                <label key={answer.id} className="choice">
                  <input
                    type={question.multipleChoice ? 'checkbox' : 'radio'}
                    name={`q-${poll.id}-${question.questionId}`}
                    value={answer.answerId}
                    checked={selected(question.questionId).includes(answer.answerId)}
                    onChange={(e) =>
                      toggle(question.questionId, answer.answerId, question.multipleChoice, e.target.checked)
                    }
                  />
                  {answer.text}
                </label>
              ))}
            </fieldset>
          ))}
          <button type="submit">{poll.viewer.hasVoted ? 'Change vote' : 'Vote'}</button>
        </fieldset>
        {!votingOpen && (
          <p className="hint">
            {poll.finished
              ? 'This poll is closed.'
              : poll.viewer.hasVoted
                ? 'You have voted.'
                : 'You cannot vote on this poll.'}
          </p>
        )}
      </form>

      {poll.questions.map((question) => (
        <PollResults key={question.id} question={question} mine={mine.get(question.questionId) ?? []} />
      ))}
      {poll.explanation && <p className="hint">Why: {poll.explanation}</p>}

      <div className="actions">
        {can.retract && (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run(async () => (await recallBallot({ variables: { input: { ref } } })).data?.recallBallot)
            }
          >
            Recall my vote
          </button>
        )}
        {can.close && (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run(async () => (await stopPoll({ variables: { input: { ref } } })).data?.stopPoll)
            }
          >
            Stop poll
          </button>
        )}
        {can.reopen && (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run(async () => (await resumePoll({ variables: { input: { ref } } })).data?.resumePoll)
            }
          >
            Resume poll
          </button>
        )}
        <button
          type="button"
          disabled={busy || loading}
          onClick={() => refetch().catch((failure: unknown) => setProblem(describeRequestError(failure)))}
        >
          Refresh results
        </button>
      </div>
      <ProblemNotice problem={problem} />
    </article>
  );
}
