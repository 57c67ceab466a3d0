/** The counts of one question, readable without colour and announced when they change. */
import type { PollCardFieldsFragment } from '../gql/graphql';

type Question = PollCardFieldsFragment['questions'][number];

export function PollResults({ question, mine }: { question: Question; mine: readonly number[] }) {
  const total = question.totalVotes;
  return (
    <div className="results">
      <ul aria-label={`Results: ${question.text}`}>
        {question.answers.map((answer) => (
          <li key={answer.id}>
            <span className="answer-text">
              {answer.text}
              {mine.includes(answer.answerId) && <span className="mine"> (your choice)</span>}
              {/* a quiz reveals its correct answers to a voter (or once closed); null otherwise */}
              {answer.correct === true && <span className="correct"> (correct answer)</span>}
            </span>
            <span className="bar" aria-hidden="true">
              <span style={{ width: `${answer.percent}%` }} />
            </span>
            <span className="count">
              {answer.votes} {answer.votes === 1 ? 'vote' : 'votes'} ({answer.percent}%)
            </span>
          </li>
        ))}
      </ul>
      {/* polite: a change of the total is read out after what the user is doing */}
      <p role="status" aria-live="polite" className="total">
        {total} {total === 1 ? 'vote' : 'votes'} in total
      </p>
    </div>
  );
}
