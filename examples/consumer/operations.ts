/**
 * The poll-flow documents, written inline with the generated `graphql()` function: codegen reads
 * these strings (see codegen.yml `documents`) and types each call's result and variables.
 * The chat documents come from examples/operations/chats.graphql instead.
 */
import { graphql } from '../generated/gql.js';

export const SendPollMutation = graphql(`
  mutation ConsumerSendPoll($input: SendPollInput!) {
    sendPoll(input: $input) {
      __typename
      ... on SendPollSuccess {
        poll {
          id
          messageId
          attachId
          questions {
            id
            questionId
            text
            answers {
              id
              answerId
              text
            }
          }
        }
      }
      ... on SendPollCreated {
        messageId
      }
      ... on UserError {
        code
        message
      }
      ... on ValidationFailed {
        field
        constraint
      }
    }
  }
`);

export const CastBallotMutation = graphql(`
  mutation ConsumerCastBallot($input: CastBallotInput!) {
    castBallot(input: $input) {
      __typename
      ... on CastBallotSuccess {
        ballot {
          choices {
            questionId
            answerIds
          }
        }
        poll {
          id
          totalVotes
        }
      }
      ... on UserError {
        code
        message
      }
      ... on ValidationFailed {
        field
        constraint
      }
    }
  }
`);

export const PollResultsQuery = graphql(`
  query ConsumerPollResults($ref: PollRef!) {
    poll(ref: $ref) {
      id
      messageId
      finished
      totalVotes
      questions {
        id
        text
        totalVotes
        answers {
          id
          answerId
          text
          votes
          percent
        }
      }
      viewer {
        id
        hasVoted
        canRevote
        myAnswers {
          questionId
          answerIds
        }
      }
    }
  }
`);
