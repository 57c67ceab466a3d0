/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query WidgetWhoAmI {\n    viewer {\n      mode\n      user {\n        id\n        userId\n        name\n      }\n    }\n  }\n": typeof types.WidgetWhoAmIDocument,
    "\n  query WidgetChatHeader($dialogId: String!) {\n    chat(dialogId: $dialogId) {\n      id\n      dialogId\n      name\n      memberCount\n      canPost\n    }\n  }\n": typeof types.WidgetChatHeaderDocument,
    "\n  query WidgetChatPolls($dialogId: String!, $after: String) {\n    chat(dialogId: $dialogId) {\n      id\n      polls(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PollCardFields\n            author {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.WidgetChatPollsDocument,
    "\n  mutation WidgetSendPoll($input: SendPollInput!) {\n    sendPoll(input: $input) {\n      __typename\n      ... on SendPollSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ... on SendPollCreated {\n        messageId\n        message\n      }\n      ...PollOutcomeError\n    }\n  }\n": typeof types.WidgetSendPollDocument,
    "\n  subscription WidgetPollResults($ids: [ID!]!) {\n    pollResults(ids: $ids) {\n      source\n      poll {\n        ...PollCardFields\n      }\n    }\n  }\n": typeof types.WidgetPollResultsDocument,
    "\n  fragment PollCardFields on Poll {\n    id\n    messageId\n    finished\n    anonymous\n    revoteAllowed\n    quiz\n    explanation\n    totalVotes\n    questions {\n      id\n      questionId\n      text\n      multipleChoice\n      totalVotes\n      answers {\n        id\n        answerId\n        text\n        votes\n        percent\n        correct\n      }\n    }\n    capabilities {\n      vote\n      retract\n      close\n      reopen\n    }\n    viewer {\n      id\n      canVote\n      canRevote\n      canEdit\n      hasVoted\n      myAnswers {\n        questionId\n        answerIds\n      }\n    }\n  }\n": typeof types.PollCardFieldsFragmentDoc,
    "\n  fragment PollOutcomeError on UserError {\n    code\n    message\n    ... on ValidationFailed {\n      field\n    }\n  }\n": typeof types.PollOutcomeErrorFragmentDoc,
    "\n  query PollCard($ref: PollRef!) {\n    poll(ref: $ref) {\n      ...PollCardFields\n    }\n  }\n": typeof types.PollCardDocument,
    "\n  mutation WidgetCastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      __typename\n      ... on CastBallotSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ...PollOutcomeError\n    }\n  }\n": typeof types.WidgetCastBallotDocument,
    "\n  mutation WidgetRecallBallot($input: PollActionInput!) {\n    recallBallot(input: $input) {\n      __typename\n      ... on RecallBallotSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ...PollOutcomeError\n    }\n  }\n": typeof types.WidgetRecallBallotDocument,
    "\n  mutation WidgetStopPoll($input: PollActionInput!) {\n    stopPoll(input: $input) {\n      __typename\n      ... on StopPollSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ...PollOutcomeError\n    }\n  }\n": typeof types.WidgetStopPollDocument,
    "\n  mutation WidgetResumePoll($input: PollActionInput!) {\n    resumePoll(input: $input) {\n      __typename\n      ... on ResumePollSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ...PollOutcomeError\n    }\n  }\n": typeof types.WidgetResumePollDocument,
};
const documents: Documents = {
    "\n  query WidgetWhoAmI {\n    viewer {\n      mode\n      user {\n        id\n        userId\n        name\n      }\n    }\n  }\n": types.WidgetWhoAmIDocument,
    "\n  query WidgetChatHeader($dialogId: String!) {\n    chat(dialogId: $dialogId) {\n      id\n      dialogId\n      name\n      memberCount\n      canPost\n    }\n  }\n": types.WidgetChatHeaderDocument,
    "\n  query WidgetChatPolls($dialogId: String!, $after: String) {\n    chat(dialogId: $dialogId) {\n      id\n      polls(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PollCardFields\n            author {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.WidgetChatPollsDocument,
    "\n  mutation WidgetSendPoll($input: SendPollInput!) {\n    sendPoll(input: $input) {\n      __typename\n      ... on SendPollSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ... on SendPollCreated {\n        messageId\n        message\n      }\n      ...PollOutcomeError\n    }\n  }\n": types.WidgetSendPollDocument,
    "\n  subscription WidgetPollResults($ids: [ID!]!) {\n    pollResults(ids: $ids) {\n      source\n      poll {\n        ...PollCardFields\n      }\n    }\n  }\n": types.WidgetPollResultsDocument,
    "\n  fragment PollCardFields on Poll {\n    id\n    messageId\n    finished\n    anonymous\n    revoteAllowed\n    quiz\n    explanation\n    totalVotes\n    questions {\n      id\n      questionId\n      text\n      multipleChoice\n      totalVotes\n      answers {\n        id\n        answerId\n        text\n        votes\n        percent\n        correct\n      }\n    }\n    capabilities {\n      vote\n      retract\n      close\n      reopen\n    }\n    viewer {\n      id\n      canVote\n      canRevote\n      canEdit\n      hasVoted\n      myAnswers {\n        questionId\n        answerIds\n      }\n    }\n  }\n": types.PollCardFieldsFragmentDoc,
    "\n  fragment PollOutcomeError on UserError {\n    code\n    message\n    ... on ValidationFailed {\n      field\n    }\n  }\n": types.PollOutcomeErrorFragmentDoc,
    "\n  query PollCard($ref: PollRef!) {\n    poll(ref: $ref) {\n      ...PollCardFields\n    }\n  }\n": types.PollCardDocument,
    "\n  mutation WidgetCastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      __typename\n      ... on CastBallotSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ...PollOutcomeError\n    }\n  }\n": types.WidgetCastBallotDocument,
    "\n  mutation WidgetRecallBallot($input: PollActionInput!) {\n    recallBallot(input: $input) {\n      __typename\n      ... on RecallBallotSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ...PollOutcomeError\n    }\n  }\n": types.WidgetRecallBallotDocument,
    "\n  mutation WidgetStopPoll($input: PollActionInput!) {\n    stopPoll(input: $input) {\n      __typename\n      ... on StopPollSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ...PollOutcomeError\n    }\n  }\n": types.WidgetStopPollDocument,
    "\n  mutation WidgetResumePoll($input: PollActionInput!) {\n    resumePoll(input: $input) {\n      __typename\n      ... on ResumePollSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ...PollOutcomeError\n    }\n  }\n": types.WidgetResumePollDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetWhoAmI {\n    viewer {\n      mode\n      user {\n        id\n        userId\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query WidgetWhoAmI {\n    viewer {\n      mode\n      user {\n        id\n        userId\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetChatHeader($dialogId: String!) {\n    chat(dialogId: $dialogId) {\n      id\n      dialogId\n      name\n      memberCount\n      canPost\n    }\n  }\n"): (typeof documents)["\n  query WidgetChatHeader($dialogId: String!) {\n    chat(dialogId: $dialogId) {\n      id\n      dialogId\n      name\n      memberCount\n      canPost\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetChatPolls($dialogId: String!, $after: String) {\n    chat(dialogId: $dialogId) {\n      id\n      polls(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PollCardFields\n            author {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WidgetChatPolls($dialogId: String!, $after: String) {\n    chat(dialogId: $dialogId) {\n      id\n      polls(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PollCardFields\n            author {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetSendPoll($input: SendPollInput!) {\n    sendPoll(input: $input) {\n      __typename\n      ... on SendPollSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ... on SendPollCreated {\n        messageId\n        message\n      }\n      ...PollOutcomeError\n    }\n  }\n"): (typeof documents)["\n  mutation WidgetSendPoll($input: SendPollInput!) {\n    sendPoll(input: $input) {\n      __typename\n      ... on SendPollSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ... on SendPollCreated {\n        messageId\n        message\n      }\n      ...PollOutcomeError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WidgetPollResults($ids: [ID!]!) {\n    pollResults(ids: $ids) {\n      source\n      poll {\n        ...PollCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription WidgetPollResults($ids: [ID!]!) {\n    pollResults(ids: $ids) {\n      source\n      poll {\n        ...PollCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PollCardFields on Poll {\n    id\n    messageId\n    finished\n    anonymous\n    revoteAllowed\n    quiz\n    explanation\n    totalVotes\n    questions {\n      id\n      questionId\n      text\n      multipleChoice\n      totalVotes\n      answers {\n        id\n        answerId\n        text\n        votes\n        percent\n        correct\n      }\n    }\n    capabilities {\n      vote\n      retract\n      close\n      reopen\n    }\n    viewer {\n      id\n      canVote\n      canRevote\n      canEdit\n      hasVoted\n      myAnswers {\n        questionId\n        answerIds\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PollCardFields on Poll {\n    id\n    messageId\n    finished\n    anonymous\n    revoteAllowed\n    quiz\n    explanation\n    totalVotes\n    questions {\n      id\n      questionId\n      text\n      multipleChoice\n      totalVotes\n      answers {\n        id\n        answerId\n        text\n        votes\n        percent\n        correct\n      }\n    }\n    capabilities {\n      vote\n      retract\n      close\n      reopen\n    }\n    viewer {\n      id\n      canVote\n      canRevote\n      canEdit\n      hasVoted\n      myAnswers {\n        questionId\n        answerIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PollOutcomeError on UserError {\n    code\n    message\n    ... on ValidationFailed {\n      field\n    }\n  }\n"): (typeof documents)["\n  fragment PollOutcomeError on UserError {\n    code\n    message\n    ... on ValidationFailed {\n      field\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PollCard($ref: PollRef!) {\n    poll(ref: $ref) {\n      ...PollCardFields\n    }\n  }\n"): (typeof documents)["\n  query PollCard($ref: PollRef!) {\n    poll(ref: $ref) {\n      ...PollCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetCastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      __typename\n      ... on CastBallotSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ...PollOutcomeError\n    }\n  }\n"): (typeof documents)["\n  mutation WidgetCastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      __typename\n      ... on CastBallotSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ...PollOutcomeError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetRecallBallot($input: PollActionInput!) {\n    recallBallot(input: $input) {\n      __typename\n      ... on RecallBallotSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ...PollOutcomeError\n    }\n  }\n"): (typeof documents)["\n  mutation WidgetRecallBallot($input: PollActionInput!) {\n    recallBallot(input: $input) {\n      __typename\n      ... on RecallBallotSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ...PollOutcomeError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetStopPoll($input: PollActionInput!) {\n    stopPoll(input: $input) {\n      __typename\n      ... on StopPollSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ...PollOutcomeError\n    }\n  }\n"): (typeof documents)["\n  mutation WidgetStopPoll($input: PollActionInput!) {\n    stopPoll(input: $input) {\n      __typename\n      ... on StopPollSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ...PollOutcomeError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetResumePoll($input: PollActionInput!) {\n    resumePoll(input: $input) {\n      __typename\n      ... on ResumePollSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ...PollOutcomeError\n    }\n  }\n"): (typeof documents)["\n  mutation WidgetResumePoll($input: PollActionInput!) {\n    resumePoll(input: $input) {\n      __typename\n      ... on ResumePollSuccess {\n        poll {\n          ...PollCardFields\n        }\n      }\n      ...PollOutcomeError\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;