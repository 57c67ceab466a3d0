/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The answers chosen for one question. */
export type BallotChoiceInput = {
  /** Answer.answerId values of that question (one for single choice). */
  answerIds: Array<number>;
  /** Question.questionId. */
  questionId: number;
};

/** The caller's ballot. Set exactly one of optionIds (Answer.id values, any backend), answerIds (polls with one question, i.e. every chat poll) and choices. */
export type CastBallotInput = {
  /** The chosen answers of the only question (exactly one for a single-choice question). */
  answerIds?: Array<number> | null | undefined;
  /** The chosen answers per question. */
  choices?: Array<BallotChoiceInput> | null | undefined;
  /** The chosen answers by Answer.id, for Bitrix24 and Telegram polls alike (exactly one for a single-choice question). Each must be an answer of the poll in ref. */
  optionIds?: Array<string> | null | undefined;
  /** The poll. */
  ref: PollRef;
};

/** How this facade reaches the portal and who portal calls act as. */
export type IdentityMode =
  /** The embedded portal emulator (development); use a printed dev token. */
  | 'EMULATOR'
  /** Each request carries a portal user's OAuth access token; calls act as that user. */
  | 'OAUTH'
  /** Calls go through the operator's webhook and act as the webhook's owner. */
  | 'WEBHOOK';

/** Addresses the poll to recall a ballot in, stop or resume. */
export type PollActionInput = {
  /** The poll. */
  ref: PollRef;
};

/** How to address a poll: set exactly one of messageId, attachId, signedAttachId, id (anything else is refused before any portal call). A Telegram poll: id, or dialogId (tg:chat:<id>, tg:channel:<id>, tg:user:<id>) with messageId. */
export type PollRef = {
  /** The portal attach id (Poll.attachId). */
  attachId?: number | null | undefined;
  /** Telegram polls only, together with messageId: the chat, tg:chat:<id>, tg:channel:<id> or tg:user:<id>. Bitrix24 polls are addressed without it. */
  dialogId?: string | null | undefined;
  /** The global id of the poll (Poll.id, as node(id) takes it). It names the backend and the poll; an id of another type is refused. */
  id?: string | null | undefined;
  /** The chat message carrying the poll (preferred). */
  messageId?: number | null | undefined;
  /** The signed attach id (Poll.signedAttachId). */
  signedAttachId?: string | null | undefined;
};

/** Why a pollResults event was sent. */
export type PollResultsSource =
  /** A castBallot, recallBallot, stopPoll or resumePoll through this API. */
  | 'MUTATION'
  /** The state when the subscription started (one per poll, first). */
  | 'SNAPSHOT'
  /** A change made upstream directly (not through this API): found by the Bitrix24 watcher re-reading the poll, or pushed by Telegram (updateMessagePoll). */
  | 'WATCHER';

/** A new single-question poll posted to a group chat as the caller. */
export type SendPollInput = {
  /** Hide who voted for what (Telegram: false means public voters, refused in channels). */
  anonymous?: boolean;
  /** 2 to 10 distinct, non-empty answer texts (trimmed). */
  answers: Array<string>;
  /** Numeric chat id. Set exactly one of chatId and dialogId. */
  chatId?: number | null | undefined;
  /** Echoed in the success payload (Relay convention). Not an idempotency key. */
  clientMutationId?: string | null | undefined;
  /** Close the poll by itself at this time (ISO 8601, in the future). Telegram only; not with closePeriod. */
  closeDate?: string | null | undefined;
  /** Close the poll by itself this many seconds after posting (5..600). Telegram only; not with closeDate. */
  closePeriod?: number | null | undefined;
  /** Quiz only: 0-based indices into answers of the correct answers (exactly one unless multipleChoice). */
  correctAnswers?: Array<number> | null | undefined;
  /** Dialog id of a group chat, "chatN"; or a Telegram chat, tg:chat:<id>, tg:channel:<id>, tg:user:<id>, which posts a Telegram poll as the caller's linked Telegram account. Set exactly one of chatId and dialogId. */
  dialogId?: string | null | undefined;
  /** Quiz only: the explanation shown after voting (at most 200 characters). */
  explanation?: string | null | undefined;
  /** Idempotency key (the portal's templateId): repeating sendPoll with the same key, as the same user, returns the first poll and creates nothing. Use a fresh random value (e.g. a UUID) per intended poll; without a key a retry after a lost answer may create a second poll. */
  idempotencyKey?: string | null | undefined;
  /** Allow choosing several answers (checkboxes). */
  multipleChoice?: boolean;
  /** The question; surrounding white space is removed; must not be empty. */
  question: string;
  /** A quiz: correctAnswers are right, the rest wrong; a ballot is final. Telegram only (NotSupported on Bitrix24). */
  quiz?: boolean;
  /** Allow users to change or recall their ballot. */
  revoteAllowed?: boolean;
};

/** What kind of business failure a UserError is; one value per UserError type. */
export type UserErrorCode =
  /** The object (code, reaction...) already exists. */
  | 'ALREADY_EXISTS'
  /** The caller has voted already. */
  | 'ALREADY_VOTED'
  /** No bot with this id (or it was unregistered). */
  | 'BOT_NOT_FOUND'
  /** No chat with this dialog id, or the caller is not a member. */
  | 'CHAT_NOT_FOUND'
  /** The Open Channel line is inactive or the connector is not set up on it. */
  | 'CONNECTOR_NOT_ACTIVE'
  /** A portal quota (e.g. 100 bots per app) is used up. */
  | 'LIMIT_EXCEEDED'
  /** No message with this id. */
  | 'MESSAGE_NOT_FOUND'
  /** The addressed object does not exist (generic). */
  | 'NOT_FOUND'
  /** The backend serving this object cannot do this at all (reopen a Telegram poll, a quiz on Bitrix24, vote with a bot session); decided before any upstream call. Poll.capabilities says so in advance. */
  | 'NOT_SUPPORTED'
  /** The caller may not do this to this object. */
  | 'PERMISSION_DENIED'
  /** The poll was stopped; nobody can vote until it is resumed. */
  | 'POLL_CLOSED'
  /** No poll at this reference. */
  | 'POLL_NOT_FOUND'
  /** The poll does not allow changing or recalling a ballot. */
  | 'REVOTE_NOT_ALLOWED'
  /** An input value breaks a rule (see ValidationFailed.field). */
  | 'VALIDATION_FAILED'
  /** The portal refused the ballot without saying why (already voted, several answers to a single-choice question, unknown answer). */
  | 'VOTE_REJECTED';

export type WidgetWhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type WidgetWhoAmIQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', mode: IdentityMode, user: { __typename: 'User', id: string, userId: number, name: string } | null } };

export type WidgetChatHeaderQueryVariables = Exact<{
  dialogId: string;
}>;


export type WidgetChatHeaderQuery = { __typename: 'Query', chat: { __typename: 'Chat', id: string, dialogId: string, name: string, memberCount: number, canPost: boolean } | null };

export type WidgetChatPollsQueryVariables = Exact<{
  dialogId: string;
  after?: string | null | undefined;
}>;


export type WidgetChatPollsQuery = { __typename: 'Query', chat: { __typename: 'Chat', id: string, polls: { __typename: 'PollConnection', edges: Array<{ __typename: 'PollEdge', cursor: string, node: { __typename: 'Poll', id: string, messageId: number | null, finished: boolean, anonymous: boolean, revoteAllowed: boolean, quiz: boolean, explanation: string | null, totalVotes: number, author: { __typename: 'User', id: string, name: string } | null, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, multipleChoice: boolean, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number, correct: boolean | null }> }>, capabilities: { __typename: 'PollCapabilities', vote: boolean, retract: boolean, close: boolean, reopen: boolean }, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, canRevote: boolean, canEdit: boolean, hasVoted: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type WidgetSendPollMutationVariables = Exact<{
  input: SendPollInput;
}>;


export type WidgetSendPollMutation = { __typename: 'Mutation', sendPoll:
    | { __typename: 'ChatNotFound', code: UserErrorCode, message: string }
    | { __typename: 'NotSupported', code: UserErrorCode, message: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'SendPollCreated', messageId: number, message: string }
    | { __typename: 'SendPollSuccess', poll: { __typename: 'Poll', id: string, messageId: number | null, finished: boolean, anonymous: boolean, revoteAllowed: boolean, quiz: boolean, explanation: string | null, totalVotes: number, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, multipleChoice: boolean, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number, correct: boolean | null }> }>, capabilities: { __typename: 'PollCapabilities', vote: boolean, retract: boolean, close: boolean, reopen: boolean }, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, canRevote: boolean, canEdit: boolean, hasVoted: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } } }
    | { __typename: 'ValidationFailed', field: string, code: UserErrorCode, message: string }
   };

export type WidgetPollResultsSubscriptionVariables = Exact<{
  ids: Array<string> | string;
}>;


export type WidgetPollResultsSubscription = { __typename: 'Subscription', pollResults: { __typename: 'PollResultsEvent', source: PollResultsSource, poll: { __typename: 'Poll', id: string, messageId: number | null, finished: boolean, anonymous: boolean, revoteAllowed: boolean, quiz: boolean, explanation: string | null, totalVotes: number, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, multipleChoice: boolean, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number, correct: boolean | null }> }>, capabilities: { __typename: 'PollCapabilities', vote: boolean, retract: boolean, close: boolean, reopen: boolean }, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, canRevote: boolean, canEdit: boolean, hasVoted: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } } } };

export type PollCardFieldsFragment = { __typename: 'Poll', id: string, messageId: number | null, finished: boolean, anonymous: boolean, revoteAllowed: boolean, quiz: boolean, explanation: string | null, totalVotes: number, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, multipleChoice: boolean, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number, correct: boolean | null }> }>, capabilities: { __typename: 'PollCapabilities', vote: boolean, retract: boolean, close: boolean, reopen: boolean }, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, canRevote: boolean, canEdit: boolean, hasVoted: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } };

type PollOutcomeError_AlreadyExists_Fragment = { __typename: 'AlreadyExists', code: UserErrorCode, message: string };

type PollOutcomeError_AlreadyVoted_Fragment = { __typename: 'AlreadyVoted', code: UserErrorCode, message: string };

type PollOutcomeError_BotNotFound_Fragment = { __typename: 'BotNotFound', code: UserErrorCode, message: string };

type PollOutcomeError_BotNotInChat_Fragment = { __typename: 'BotNotInChat', code: UserErrorCode, message: string };

type PollOutcomeError_BotTypeNotAllowed_Fragment = { __typename: 'BotTypeNotAllowed', code: UserErrorCode, message: string };

type PollOutcomeError_ChatNotFound_Fragment = { __typename: 'ChatNotFound', code: UserErrorCode, message: string };

type PollOutcomeError_ConnectorNotActive_Fragment = { __typename: 'ConnectorNotActive', code: UserErrorCode, message: string };

type PollOutcomeError_LimitExceeded_Fragment = { __typename: 'LimitExceeded', code: UserErrorCode, message: string };

type PollOutcomeError_MessageNotFound_Fragment = { __typename: 'MessageNotFound', code: UserErrorCode, message: string };

type PollOutcomeError_NotFound_Fragment = { __typename: 'NotFound', code: UserErrorCode, message: string };

type PollOutcomeError_NotSupported_Fragment = { __typename: 'NotSupported', code: UserErrorCode, message: string };

type PollOutcomeError_PermissionDenied_Fragment = { __typename: 'PermissionDenied', code: UserErrorCode, message: string };

type PollOutcomeError_PollClosed_Fragment = { __typename: 'PollClosed', code: UserErrorCode, message: string };

type PollOutcomeError_PollNotFound_Fragment = { __typename: 'PollNotFound', code: UserErrorCode, message: string };

type PollOutcomeError_ReactionAlreadySet_Fragment = { __typename: 'ReactionAlreadySet', code: UserErrorCode, message: string };

type PollOutcomeError_RevoteNotAllowed_Fragment = { __typename: 'RevoteNotAllowed', code: UserErrorCode, message: string };

type PollOutcomeError_SystemMessageNotEditable_Fragment = { __typename: 'SystemMessageNotEditable', code: UserErrorCode, message: string };

type PollOutcomeError_ValidationFailed_Fragment = { __typename: 'ValidationFailed', field: string, code: UserErrorCode, message: string };

type PollOutcomeError_VoteRejected_Fragment = { __typename: 'VoteRejected', code: UserErrorCode, message: string };

export type PollOutcomeErrorFragment =
  | PollOutcomeError_AlreadyExists_Fragment
  | PollOutcomeError_AlreadyVoted_Fragment
  | PollOutcomeError_BotNotFound_Fragment
  | PollOutcomeError_BotNotInChat_Fragment
  | PollOutcomeError_BotTypeNotAllowed_Fragment
  | PollOutcomeError_ChatNotFound_Fragment
  | PollOutcomeError_ConnectorNotActive_Fragment
  | PollOutcomeError_LimitExceeded_Fragment
  | PollOutcomeError_MessageNotFound_Fragment
  | PollOutcomeError_NotFound_Fragment
  | PollOutcomeError_NotSupported_Fragment
  | PollOutcomeError_PermissionDenied_Fragment
  | PollOutcomeError_PollClosed_Fragment
  | PollOutcomeError_PollNotFound_Fragment
  | PollOutcomeError_ReactionAlreadySet_Fragment
  | PollOutcomeError_RevoteNotAllowed_Fragment
  | PollOutcomeError_SystemMessageNotEditable_Fragment
  | PollOutcomeError_ValidationFailed_Fragment
  | PollOutcomeError_VoteRejected_Fragment
;

export type PollCardQueryVariables = Exact<{
  ref: PollRef;
}>;


export type PollCardQuery = { __typename: 'Query', poll: { __typename: 'Poll', id: string, messageId: number | null, finished: boolean, anonymous: boolean, revoteAllowed: boolean, quiz: boolean, explanation: string | null, totalVotes: number, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, multipleChoice: boolean, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number, correct: boolean | null }> }>, capabilities: { __typename: 'PollCapabilities', vote: boolean, retract: boolean, close: boolean, reopen: boolean }, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, canRevote: boolean, canEdit: boolean, hasVoted: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } } | null };

export type WidgetCastBallotMutationVariables = Exact<{
  input: CastBallotInput;
}>;


export type WidgetCastBallotMutation = { __typename: 'Mutation', castBallot:
    | { __typename: 'AlreadyVoted', code: UserErrorCode, message: string }
    | { __typename: 'CastBallotSuccess', poll: { __typename: 'Poll', id: string, messageId: number | null, finished: boolean, anonymous: boolean, revoteAllowed: boolean, quiz: boolean, explanation: string | null, totalVotes: number, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, multipleChoice: boolean, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number, correct: boolean | null }> }>, capabilities: { __typename: 'PollCapabilities', vote: boolean, retract: boolean, close: boolean, reopen: boolean }, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, canRevote: boolean, canEdit: boolean, hasVoted: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } } }
    | { __typename: 'NotSupported', code: UserErrorCode, message: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'PollClosed', code: UserErrorCode, message: string }
    | { __typename: 'PollNotFound', code: UserErrorCode, message: string }
    | { __typename: 'RevoteNotAllowed', code: UserErrorCode, message: string }
    | { __typename: 'ValidationFailed', field: string, code: UserErrorCode, message: string }
   };

export type WidgetRecallBallotMutationVariables = Exact<{
  input: PollActionInput;
}>;


export type WidgetRecallBallotMutation = { __typename: 'Mutation', recallBallot:
    | { __typename: 'NotSupported', code: UserErrorCode, message: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'PollClosed', code: UserErrorCode, message: string }
    | { __typename: 'PollNotFound', code: UserErrorCode, message: string }
    | { __typename: 'RecallBallotSuccess', poll: { __typename: 'Poll', id: string, messageId: number | null, finished: boolean, anonymous: boolean, revoteAllowed: boolean, quiz: boolean, explanation: string | null, totalVotes: number, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, multipleChoice: boolean, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number, correct: boolean | null }> }>, capabilities: { __typename: 'PollCapabilities', vote: boolean, retract: boolean, close: boolean, reopen: boolean }, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, canRevote: boolean, canEdit: boolean, hasVoted: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } } }
    | { __typename: 'RevoteNotAllowed', code: UserErrorCode, message: string }
    | { __typename: 'ValidationFailed', field: string, code: UserErrorCode, message: string }
   };

export type WidgetStopPollMutationVariables = Exact<{
  input: PollActionInput;
}>;


export type WidgetStopPollMutation = { __typename: 'Mutation', stopPoll:
    | { __typename: 'NotSupported', code: UserErrorCode, message: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'PollNotFound', code: UserErrorCode, message: string }
    | { __typename: 'StopPollSuccess', poll: { __typename: 'Poll', id: string, messageId: number | null, finished: boolean, anonymous: boolean, revoteAllowed: boolean, quiz: boolean, explanation: string | null, totalVotes: number, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, multipleChoice: boolean, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number, correct: boolean | null }> }>, capabilities: { __typename: 'PollCapabilities', vote: boolean, retract: boolean, close: boolean, reopen: boolean }, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, canRevote: boolean, canEdit: boolean, hasVoted: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } } }
    | { __typename: 'ValidationFailed', field: string, code: UserErrorCode, message: string }
   };

export type WidgetResumePollMutationVariables = Exact<{
  input: PollActionInput;
}>;


export type WidgetResumePollMutation = { __typename: 'Mutation', resumePoll:
    | { __typename: 'NotSupported', code: UserErrorCode, message: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'PollNotFound', code: UserErrorCode, message: string }
    | { __typename: 'ResumePollSuccess', poll: { __typename: 'Poll', id: string, messageId: number | null, finished: boolean, anonymous: boolean, revoteAllowed: boolean, quiz: boolean, explanation: string | null, totalVotes: number, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, multipleChoice: boolean, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number, correct: boolean | null }> }>, capabilities: { __typename: 'PollCapabilities', vote: boolean, retract: boolean, close: boolean, reopen: boolean }, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, canRevote: boolean, canEdit: boolean, hasVoted: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } } }
    | { __typename: 'ValidationFailed', field: string, code: UserErrorCode, message: string }
   };

export const PollCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"revoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"quiz"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multipleChoice"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"correct"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"retract"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}}]} as unknown as DocumentNode<PollCardFieldsFragment, unknown>;
export const PollOutcomeErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollOutcomeError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<PollOutcomeErrorFragment, unknown>;
export const WidgetWhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WidgetWhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WidgetWhoAmIQuery, WidgetWhoAmIQueryVariables>;
export const WidgetChatHeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WidgetChatHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dialogId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dialogId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dialogId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dialogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"canPost"}}]}}]}}]} as unknown as DocumentNode<WidgetChatHeaderQuery, WidgetChatHeaderQueryVariables>;
export const WidgetChatPollsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WidgetChatPolls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dialogId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dialogId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dialogId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"polls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"revoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"quiz"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multipleChoice"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"correct"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"retract"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}}]} as unknown as DocumentNode<WidgetChatPollsQuery, WidgetChatPollsQueryVariables>;
export const WidgetSendPollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WidgetSendPoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendPollInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendPoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendPollSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollCardFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendPollCreated"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollOutcomeError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"revoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"quiz"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multipleChoice"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"correct"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"retract"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollOutcomeError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<WidgetSendPollMutation, WidgetSendPollMutationVariables>;
export const WidgetPollResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WidgetPollResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pollResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"poll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"revoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"quiz"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multipleChoice"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"correct"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"retract"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}}]} as unknown as DocumentNode<WidgetPollResultsSubscription, WidgetPollResultsSubscriptionVariables>;
export const PollCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PollCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PollRef"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"revoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"quiz"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multipleChoice"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"correct"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"retract"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}}]} as unknown as DocumentNode<PollCardQuery, PollCardQueryVariables>;
export const WidgetCastBallotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WidgetCastBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastBallotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CastBallotSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollCardFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollOutcomeError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"revoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"quiz"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multipleChoice"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"correct"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"retract"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollOutcomeError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<WidgetCastBallotMutation, WidgetCastBallotMutationVariables>;
export const WidgetRecallBallotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WidgetRecallBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PollActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecallBallotSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollCardFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollOutcomeError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"revoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"quiz"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multipleChoice"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"correct"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"retract"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollOutcomeError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<WidgetRecallBallotMutation, WidgetRecallBallotMutationVariables>;
export const WidgetStopPollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WidgetStopPoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PollActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopPoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StopPollSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollCardFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollOutcomeError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"revoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"quiz"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multipleChoice"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"correct"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"retract"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollOutcomeError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<WidgetStopPollMutation, WidgetStopPollMutationVariables>;
export const WidgetResumePollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WidgetResumePoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PollActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumePoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResumePollSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollCardFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollOutcomeError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"revoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"quiz"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multipleChoice"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"correct"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"retract"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollOutcomeError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<WidgetResumePollMutation, WidgetResumePollMutationVariables>;