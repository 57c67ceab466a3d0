/**
 * Sends a poll to the chat. One idempotency key per poll the user means to send: a retry after a
 * lost answer sends the same key, so the portal never creates the poll twice; a new key only after
 * a success.
 */
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { userErrorOf } from './outcome';
import { describeRequestError, describeUserError, type Problem } from '../errors/describe-error';
import { ProblemNotice } from '../errors/ProblemNotice';

const SendPollMutation = graphql(`
  mutation WidgetSendPoll($input: SendPollInput!) {
    sendPoll(input: $input) {
      __typename
      ... on SendPollSuccess {
        poll {
          ...PollCardFields
        }
      }
      ... on SendPollCreated {
        messageId
        message
      }
      ...PollOutcomeError
    }
  }
`);

const MAX_ANSWERS = 10;

export function CreatePoll({ dialogId }: { dialogId: string }) {
  const [question, setQuestion] = useState('');
  const [answers, setAnswers] = useState(['', '']);
  const [multipleChoice, setMultipleChoice] = useState(false);
  const [revoteAllowed, setRevoteAllowed] = useState(false);
  const [anonymous, setAnonymous] = useState(false);
  // Quizzes are a Telegram feature (the facade answers NotSupported for them on Bitrix24).
  const [quiz, setQuiz] = useState(false);
  const [correctAnswer, setCorrectAnswer] = useState(0);
  const telegram = dialogId.trim().toLowerCase().startsWith('tg:');
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [problem, setProblem] = useState<Problem | null>(null);
  // The chat's list reads its first page again once the poll is sent, and shows it on top.
  const [sendPoll, { loading }] = useMutation(SendPollMutation, { refetchQueries: ['WidgetChatPolls'] });
  const id = useId();

  function reset() {
    setQuestion('');
    setAnswers(['', '']);
    setIdempotencyKey(crypto.randomUUID());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      const { data } = await sendPoll({
        variables: {
          input: {
            dialogId,
            question,
            // Empty rows are the form's spare rows, not answers; the facade judges the rest.
            answers: answers.filter((a) => a.trim() !== ''),
            multipleChoice,
            revoteAllowed,
            anonymous,
            idempotencyKey,
            // The index among the answers sent (the spare empty rows are left out above).
            ...(telegram && quiz
              ? {
                  quiz: true,
                  correctAnswers: [answers.slice(0, correctAnswer).filter((a) => a.trim()).length],
                }
              : {}),
          },
        },
      });
      const result = data?.sendPoll;
      if (result?.__typename === 'SendPollSuccess') {
        reset();
      } else if (result?.__typename === 'SendPollCreated') {
        // Created, but the facade could not read it back: it is in the chat; never send it again.
        reset();
      } else {
        const userError = userErrorOf(result);
        if (userError) setProblem(describeUserError(userError));
      }
    } catch (failure) {
      // The key is kept: sending again is a safe retry of the same poll.
      setProblem(describeRequestError(failure));
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>New poll</h2>
      <label htmlFor={`${id}-question`}>Question</label>
      <input id={`${id}-question`} value={question} onChange={(e) => setQuestion(e.target.value)} required />
      <fieldset>
        <legend>Answers</legend>
        {answers.map((answer, index) => (
          <div key={index} className="answer-row">
            <label htmlFor={`${id}-answer-${index}`}>Answer {index + 1}</label>
            <input
              id={`${id}-answer-${index}`}
              value={answer}
              onChange={(e) => setAnswers(answers.map((a, i) => (i === index ? e.target.value : a)))}
            />
            {answers.length > 2 && (
              <button
                type="button"
                aria-label={`Remove answer ${index + 1}`}
                onClick={() => setAnswers(answers.filter((_, i) => i !== index))}
              >
                Remove
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          disabled={answers.length >= MAX_ANSWERS}
          onClick={() => setAnswers([...answers, ''])}
        >
          Add answer
        </button>
      </fieldset>
      <fieldset>
        <legend>Options</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={multipleChoice}
            onChange={(e) => setMultipleChoice(e.target.checked)}
          />
          Several answers may be chosen
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={revoteAllowed}
            onChange={(e) => setRevoteAllowed(e.target.checked)}
          />
          Voters may change their vote
        </label>
        <label className="choice">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          Anonymous
        </label>
        {telegram && (
          <label className="choice">
            <input type="checkbox" checked={quiz} onChange={(e) => setQuiz(e.target.checked)} />
            Quiz (one correct answer)
          </label>
        )}
        {telegram && quiz && (
          <>
            <label htmlFor={`${id}-correct`}>Correct answer</label>
            <select
              id={`${id}-correct`}
              value={correctAnswer}
              onChange={(e) => setCorrectAnswer(Number(e.target.value))}
            >
              {answers.map((answer, index) => (
                <option key={index} value={index}>
                  Answer {index + 1}
                  {answer.trim() ? `: ${answer}` : ''}
                </option>
              ))}
            </select>
          </>
        )}
      </fieldset>
      <button type="submit" disabled={loading}>
        {loading ? 'Sending…' : 'Send poll'}
      </button>
      <ProblemNotice problem={problem} />
    </form>
  );
}
