/**
 * The poll flow a frontend runs: find the chat, post a poll, vote, read the results. Business
 * outcomes come back as data and are handled with an exhaustive `switch` on `__typename`;
 * access and infrastructure failures are GraphQL errors (Apollo throws CombinedGraphQLErrors).
 */
import type { ApolloClient } from '@apollo/client';
import { ChatByDialogIdDocument, type ConsumerPollResultsQuery } from '../generated/graphql.js';
import { CastBallotMutation, PollResultsQuery, SendPollMutation } from './operations.js';

export type PollResults = NonNullable<ConsumerPollResultsQuery['poll']>;

export interface Refusal {
  step: 'sendPoll' | 'castBallot';
  /** the UserError type, e.g. "ChatNotFound", "PollClosed" */
  typename: string;
  code: string;
  message: string;
  /** ValidationFailed only: which input field */
  field?: string;
}

export type PollFlowOutcome =
  | { kind: 'done'; chatName: string; messageId: number; results: PollResults }
  | { kind: 'chatNotVisible'; dialogId: string }
  /** the poll exists but could not be read back: do not send it again, read it later */
  | { kind: 'createdUnread'; messageId: number }
  | { kind: 'refused'; refusal: Refusal };

export interface PollFlowInput {
  dialogId: string;
  question: string;
  answers: string[];
  /** index into `answers` of the answer to vote for */
  vote: number;
  idempotencyKey?: string;
}

/** Apollo types `data` as possibly undefined; with the default errorPolicy an error has already thrown. */
function dataOf<T>(data: T | undefined, operation: string): T {
  if (data === undefined) throw new Error(`${operation}: no data in the response`);
  return data;
}

/** Compile-time proof that every member of a union was handled. */
function unreachable(value: never): never {
  throw new Error(`unhandled result type: ${JSON.stringify(value)}`);
}

export async function runPollFlow(client: ApolloClient, input: PollFlowInput): Promise<PollFlowOutcome> {
  const { data: chatData } = await client.query({
    query: ChatByDialogIdDocument,
    variables: { dialogId: input.dialogId },
  });
  const chat = dataOf(chatData, 'chat').chat;
  if (chat === null || chat === undefined) return { kind: 'chatNotVisible', dialogId: input.dialogId };

  const { data: sent } = await client.mutate({
    mutation: SendPollMutation,
    variables: {
      input: {
        dialogId: chat.dialogId,
        question: input.question,
        answers: input.answers,
        idempotencyKey: input.idempotencyKey ?? null,
      },
    },
  });
  const sendResult = dataOf(sent, 'sendPoll').sendPoll;
  let poll;
  switch (sendResult.__typename) {
    case 'SendPollSuccess':
      poll = sendResult.poll;
      break;
    case 'SendPollCreated':
      return { kind: 'createdUnread', messageId: sendResult.messageId };
    case 'ValidationFailed':
      return {
        kind: 'refused',
        refusal: {
          step: 'sendPoll',
          typename: sendResult.__typename,
          code: sendResult.code,
          message: sendResult.message,
          field: sendResult.field,
        },
      };
    case 'ChatNotFound':
    case 'PermissionDenied':
    case 'NotSupported':
      return {
        kind: 'refused',
        refusal: {
          step: 'sendPoll',
          typename: sendResult.__typename,
          code: sendResult.code,
          message: sendResult.message,
        },
      };
    default:
      return unreachable(sendResult);
  }

  const question = poll.questions[0];
  const answer = question?.answers[input.vote];
  if (question === undefined || answer === undefined || poll.messageId == null) {
    throw new Error('the facade returned a poll without the question or answer it was sent with');
  }
  const ref = { messageId: poll.messageId };
  const { data: cast } = await client.mutate({
    mutation: CastBallotMutation,
    variables: { input: { ref, answerIds: [answer.answerId] } },
  });
  const ballot = dataOf(cast, 'castBallot').castBallot;
  switch (ballot.__typename) {
    case 'CastBallotSuccess':
      break;
    case 'ValidationFailed':
      return {
        kind: 'refused',
        refusal: {
          step: 'castBallot',
          typename: ballot.__typename,
          code: ballot.code,
          message: ballot.message,
          field: ballot.field,
        },
      };
    case 'AlreadyVoted':
    case 'NotSupported':
    case 'PermissionDenied':
    case 'PollClosed':
    case 'PollNotFound':
    case 'RevoteNotAllowed':
      return {
        kind: 'refused',
        refusal: {
          step: 'castBallot',
          typename: ballot.__typename,
          code: ballot.code,
          message: ballot.message,
        },
      };
    default:
      return unreachable(ballot);
  }

  // network-only: the ballot changed the counters, so read them from the facade, not the cache.
  const { data: read } = await client.query({
    query: PollResultsQuery,
    variables: { ref },
    fetchPolicy: 'network-only',
  });
  const results = dataOf(read, 'poll').poll;
  if (results === null || results === undefined) throw new Error('the poll vanished after voting');
  return { kind: 'done', chatName: chat.name, messageId: poll.messageId, results };
}
