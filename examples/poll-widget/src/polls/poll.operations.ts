/**
 * The poll documents of the widget. Every mutation returns the poll as the caller now sees it; the
 * cache merges it by `Poll.id` and `PollViewer.id`, so the card re-renders without a refetch.
 * Errors are union members: `... on UserError` needs the generated possibleTypes in the cache.
 */
import { graphql } from '../gql';

export const PollCardFields = graphql(`
  fragment PollCardFields on Poll {
    id
    messageId
    finished
    anonymous
    revoteAllowed
    quiz
    explanation
    totalVotes
    questions {
      id
      questionId
      text
      multipleChoice
      totalVotes
      answers {
        id
        answerId
        text
        votes
        percent
        correct
      }
    }
    capabilities {
      vote
      retract
      close
      reopen
    }
    viewer {
      id
      canVote
      canRevote
      canEdit
      hasVoted
      myAnswers {
        questionId
        answerIds
      }
    }
  }
`);

export const PollOutcomeError = graphql(`
  fragment PollOutcomeError on UserError {
    code
    message
    ... on ValidationFailed {
      field
    }
  }
`);

export const PollCardQuery = graphql(`
  query PollCard($ref: PollRef!) {
    poll(ref: $ref) {
      ...PollCardFields
    }
  }
`);

export const CastBallotMutation = graphql(`
  mutation WidgetCastBallot($input: CastBallotInput!) {
    castBallot(input: $input) {
      __typename
      ... on CastBallotSuccess {
        poll {
          ...PollCardFields
        }
      }
      ...PollOutcomeError
    }
  }
`);

export const RecallBallotMutation = graphql(`
  mutation WidgetRecallBallot($input: PollActionInput!) {
    recallBallot(input: $input) {
      __typename
      ... on RecallBallotSuccess {
        poll {
          ...PollCardFields
        }
      }
      ...PollOutcomeError
    }
  }
`);

export const StopPollMutation = graphql(`
  mutation WidgetStopPoll($input: PollActionInput!) {
    stopPoll(input: $input) {
      __typename
      ... on StopPollSuccess {
        poll {
          ...PollCardFields
        }
      }
      ...PollOutcomeError
    }
  }
`);

export const ResumePollMutation = graphql(`
  mutation WidgetResumePoll($input: PollActionInput!) {
    resumePoll(input: $input) {
      __typename
      ... on ResumePollSuccess {
        poll {
          ...PollCardFields
        }
      }
      ...PollOutcomeError
    }
  }
`);
