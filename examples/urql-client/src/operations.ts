/**
 * The documents this client sends, typed by hand with urql's `gql<Data, Variables>` (a larger app
 * would generate them with GraphQL Code Generator's client preset, as examples/poll-widget does).
 */
import { gql } from '@urql/core';

interface UserError {
  __typename: string;
  code?: string;
  message?: string;
}

export interface PollFields {
  id: string;
  messageId: number;
  finished: boolean;
  totalVotes: number;
  questions: { text: string; answers: { answerId: number; text: string; votes: number }[] }[];
  viewer: { id: string; canVote: boolean; hasVoted: boolean };
}

const POLL_FIELDS = `
  id
  messageId
  finished
  totalVotes
  questions { text answers { answerId text votes } }
  viewer { id canVote hasVoted }
`;

export const ChatQuery = gql<
  { chat: { id: string; name: string; memberCount: number } | null },
  { dialogId: string }
>`
  query UrqlChat($dialogId: String!) {
    chat(dialogId: $dialogId) {
      id
      name
      memberCount
    }
  }
`;

export const PollQuery = gql<{ poll: PollFields | null }, { id: string }>(`
  query UrqlPoll($id: ID!) {
    poll(ref: { id: $id }) { ${POLL_FIELDS} }
  }
`);

export const SendPollMutation = gql<
  { sendPoll: UserError & { poll?: PollFields } },
  { dialogId: string; question: string; answers: string[]; key: string }
>(`
  mutation UrqlSendPoll($dialogId: String!, $question: String!, $answers: [String!]!, $key: String!) {
    sendPoll(input: { dialogId: $dialogId, question: $question, answers: $answers, idempotencyKey: $key }) {
      __typename
      ... on SendPollSuccess { poll { ${POLL_FIELDS} } }
      ... on UserError { code message }
    }
  }
`);

export const CastBallotMutation = gql<
  { castBallot: UserError & { poll?: PollFields } },
  { id: string; answerIds: number[] }
>(`
  mutation UrqlCastBallot($id: ID!, $answerIds: [Int!]!) {
    castBallot(input: { ref: { id: $id }, answerIds: $answerIds }) {
      __typename
      ... on CastBallotSuccess { poll { ${POLL_FIELDS} } }
      ... on UserError { code message }
    }
  }
`);

export const PollResultsSubscription = gql<
  { pollResults: { source: 'SNAPSHOT' | 'MUTATION' | 'WATCHER'; poll: PollFields } },
  { ids: string[] }
>(`
  subscription UrqlPollResults($ids: [ID!]!) {
    pollResults(ids: $ids) { source poll { ${POLL_FIELDS} } }
  }
`);
