/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Turn a connector on or off for one Open Channel line. */
export type ActivateConnectorInput = {
  /** true to turn on, false to turn off. */
  active: boolean;
  /** The connector id. */
  connector: string;
  /** The Open Channel (line) id. */
  line: number;
};

/** Add a bot to a group chat, acting as the calling user (who must be a member). */
export type AddBotToChatInput = {
  /** The bot; default: the configured BITRIX24_BOT_ID. */
  botId?: number | null | undefined;
  /** The group chat id (dialog "chat<chatId>"). */
  chatId: number;
};

/** One attachment block: set exactly one field. */
export type AttachBlockInput = {
  /** DELIMITER: a horizontal rule. */
  delimiter?: AttachDelimiterInput | null | undefined;
  /** FILE: one or more files. */
  file?: Array<AttachFileInput> | null | undefined;
  /** GRID: name/value pairs. */
  grid?: Array<AttachGridItemInput> | null | undefined;
  /** IMAGE: one or more images. */
  image?: Array<AttachImageInput> | null | undefined;
  /** LINK: a link with a caption. */
  link?: AttachLinkInput | null | undefined;
  /** MESSAGE: a text fragment with BB codes. */
  message?: string | null | undefined;
  /** USER: a user card. */
  user?: AttachUserInput | null | undefined;
};

/** A DELIMITER block: a horizontal rule. */
export type AttachDelimiterInput = {
  /** Colour (#RRGGBB). */
  color?: string | null | undefined;
  /** Length in pixels. */
  size?: number | null | undefined;
};

/** One file of a FILE block. */
export type AttachFileInput = {
  /** Download URL. */
  link: string;
  /** File name. */
  name?: string | null | undefined;
  /** Size in bytes. */
  size?: number | null | undefined;
};

/** One name/value pair of a GRID block. */
export type AttachGridItemInput = {
  /** Colour (#RRGGBB). */
  color?: string | null | undefined;
  /** Colour token: primary, secondary, alert or base. */
  colorToken?: string | null | undefined;
  /** Layout of this item. */
  display?: BotGridDisplay | null | undefined;
  /** Name (left or upper part). */
  name: string;
  /** Value (BB codes allowed). */
  value: string;
  /** Width in pixels. */
  width?: number | null | undefined;
};

/** One image of an IMAGE block. */
export type AttachImageInput = {
  /** Height in pixels. */
  height?: number | null | undefined;
  /** Image URL. */
  link: string;
  /** Name. */
  name?: string | null | undefined;
  /** Preview URL. */
  preview?: string | null | undefined;
  /** Width in pixels. */
  width?: number | null | undefined;
};

/** A LINK block: a clickable link with a caption. */
export type AttachLinkInput = {
  /** Description text. */
  description?: string | null | undefined;
  /** Target URL. */
  link: string;
  /** Caption. */
  name?: string | null | undefined;
  /** Preview image URL. */
  preview?: string | null | undefined;
};

/** A USER block: a user card. */
export type AttachUserInput = {
  /** Avatar URL. */
  avatar?: string | null | undefined;
  /** Link opened by the card. */
  link?: string | null | undefined;
  /** Name shown on the card. */
  name: string;
  /** Portal user id the card stands for. */
  userId?: number | null | undefined;
};

/** The answers chosen for one question. */
export type BallotChoiceInput = {
  /** Answer.answerId values of that question (one for single choice). */
  answerIds: Array<number>;
  /** Question.questionId. */
  questionId: number;
};

/** A message attachment: an optional colour and its blocks. */
export type BotAttachmentInput = {
  /** The blocks, top to bottom. */
  blocks: Array<AttachBlockInput>;
  /** Explicit colour (#RRGGBB), for older clients. */
  color?: string | null | undefined;
  /** Colour token: primary, secondary, alert or base. */
  colorToken?: string | null | undefined;
};

/** A button handled by the client (put, send, copy, call, open a dialog). */
export type BotButtonActionInput = {
  /** What to do. */
  type: BotButtonActionType;
  /** The text, number or dialog id the action uses. */
  value: string;
};

/** What a client-side button action does with its value. */
export type BotButtonActionType =
  /** Call the phone number in the value. */
  | 'CALL'
  /** Copy the value to the clipboard. */
  | 'COPY'
  /** Open the dialog whose id is the value. */
  | 'DIALOG'
  /** Put the value into the input field. */
  | 'PUT'
  /** Send the value as a message. */
  | 'SEND';

/** A button that opens an application. */
export type BotButtonAppInput = {
  /** Application id. */
  appId: number;
  /** Parameters passed to the application. */
  params?: string | null | undefined;
};

/** A button that sends a bot command. */
export type BotButtonCommandInput = {
  /** Command name (without the slash). */
  command: string;
  /** Parameters passed with the command. */
  params?: string | null | undefined;
};

/** Where a button is shown. */
export type BotButtonContext =
  /** Everywhere. */
  | 'ALL'
  /** Desktop and web only. */
  | 'DESKTOP'
  /** Mobile app only. */
  | 'MOBILE';

/** How a button sits in its row. */
export type BotButtonDisplay =
  /** On a line of its own. */
  | 'BLOCK'
  /** Inline, next to other buttons. */
  | 'LINE';

/** How a grid item lays out its name and value. */
export type BotGridDisplay =
  /** Name above value, items stacked. */
  | 'BLOCK'
  /** Name and value in columns. */
  | 'COLUMN'
  /** Items side by side. */
  | 'LINE'
  /** Name and value on one row. */
  | 'ROW';

/** One keyboard button: its caption, exactly one behaviour, and its looks. */
export type BotKeyboardButtonInput = {
  /** Behaviour: a client-side action. */
  action?: BotButtonActionInput | null | undefined;
  /** Behaviour: open an application. */
  app?: BotButtonAppInput | null | undefined;
  /** Background colour (#RRGGBB). */
  bgColor?: string | null | undefined;
  /** Background colour token: primary, secondary, alert or base. */
  bgColorToken?: string | null | undefined;
  /** Disable the whole keyboard after a press. */
  block?: boolean | null | undefined;
  /** Behaviour: send a bot command. */
  command?: BotButtonCommandInput | null | undefined;
  /** Where the button is shown. */
  context?: BotButtonContext | null | undefined;
  /** Show the button disabled. */
  disabled?: boolean | null | undefined;
  /** Inline or on its own line. */
  display?: BotButtonDisplay | null | undefined;
  /** Behaviour: open this URL. */
  link?: string | null | undefined;
  /** Background colour when disabled (#RRGGBB). */
  offBgColor?: string | null | undefined;
  /** Text colour when disabled (#RRGGBB). */
  offTextColor?: string | null | undefined;
  /** Caption. */
  text: string;
  /** Text colour (#RRGGBB). */
  textColor?: string | null | undefined;
  /** Width in pixels. */
  width?: number | null | undefined;
};

/** One row of keyboard buttons; rows are separated by line breaks. */
export type BotKeyboardRowInput = {
  /** The buttons of this row, left to right. */
  buttons: Array<BotKeyboardButtonInput>;
};

/** A reaction on a message, as the bot's. */
export type BotReactionInput = {
  /** The bot; default: the configured BITRIX24_BOT_ID. */
  botId?: number | null | undefined;
  /** The message. */
  messageId: number;
  /** Reaction code, e.g. like, fire, redHeart (the portal keeps the list). */
  reaction: string;
};

/** What a bot sees and may do in its chats. */
export type BotType =
  /** Sees mentions and one-to-one messages only; cannot read chat history. */
  | 'BOT'
  /** An Open Channel bot; behaves like BOT. */
  | 'OPENLINE'
  /** A type this facade does not know (e.g. network); treat it like BOT. */
  | 'OTHER'
  /** Sees every message of its chats and may read history. */
  | 'PERSONAL'
  /** Sees every message of its chats and may read history. */
  | 'SUPERVISOR';

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

/** The caller's role in a chat (the portal's `role`, normalised to one case). */
export type ChatRole =
  /** A guest with reduced rights. */
  | 'GUEST'
  /** May manage members and settings as the chat allows. */
  | 'MANAGER'
  /** An ordinary member. */
  | 'MEMBER'
  /** No role reported (e.g. a one-to-one dialog). */
  | 'NONE'
  /** Created the chat (or was made its owner). */
  | 'OWNER';

/** The external chat the message belongs to. */
export type ConnectorChatInput = {
  /** External chat id (ideally the channel id given to setConnectorData). */
  id: string;
  /** Chat name. */
  name?: string | null | undefined;
  /** Link to the original conversation. */
  url?: string | null | undefined;
};

/** A file the portal downloads (its URL must be reachable by the portal). */
export type ConnectorFileInput = {
  /** File name. */
  name?: string | null | undefined;
  /** Public URL. */
  url: string;
};

/** One message from the external messenger. */
export type ConnectorMessageInput = {
  /** The external chat. */
  chat: ConnectorChatInput;
  /** When it was written (unix seconds). */
  date?: number | null | undefined;
  /** Its id in the external messenger; a repeat with the same id is delivered once. */
  externalMessageId: string;
  /** Files (text or files is required). */
  files?: Array<ConnectorFileInput> | null | undefined;
  /** Text with BB codes (text or files is required). */
  text?: string | null | undefined;
  /** Who wrote it. */
  user: ConnectorUserInput;
};

/** The external user who wrote the message. */
export type ConnectorUserInput = {
  /** E-mail. */
  email?: string | null | undefined;
  /** The user's id in the external messenger. */
  id: string;
  /** Last name: ≤ 25 letters, spaces, - or '. */
  lastName?: string | null | undefined;
  /** First name: ≤ 25 letters, spaces, - or '. */
  name?: string | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Public URL of the avatar. */
  pictureUrl?: string | null | undefined;
  /** Profile URL. */
  url?: string | null | undefined;
};

/** Delete a message as a bot (its own, or any if the bot is a chat admin). */
export type DeleteBotMessageInput = {
  /** The bot; default: the configured BITRIX24_BOT_ID. */
  botId?: number | null | undefined;
  /** Remove the row entirely instead of a soft delete. */
  complete?: boolean | null | undefined;
  /** The message to delete. */
  messageId: number;
};

/** How this facade reaches the portal and who portal calls act as. */
export type IdentityMode =
  /** The embedded portal emulator (development); use a printed dev token. */
  | 'EMULATOR'
  /** Each request carries a portal user's OAuth access token; calls act as that user. */
  | 'OAUTH'
  /** Calls go through the operator's webhook and act as the webhook's owner. */
  | 'WEBHOOK';

/** Mark messages of a dialog as read by the bot. */
export type MarkBotMessagesReadInput = {
  /** The bot; default: the configured BITRIX24_BOT_ID. */
  botId?: number | null | undefined;
  /** The dialog ("chat<chatId>" or a user id). */
  dialogId: string;
  /** Read up to and including this message; default all. */
  upToMessageId?: number | null | undefined;
};

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

/** Register a bot; a repeat with the same code returns the same bot unchanged. */
export type RegisterBotInput = {
  /** Unique per application; the key that makes registration idempotent. */
  code: string;
  /** Hide the bot from the user list. */
  isHidden?: boolean | null | undefined;
  /** Let users react to its messages (default true). */
  isReactionsEnabled?: boolean | null | undefined;
  /** Last name. */
  lastName?: string | null | undefined;
  /** The bot's display name. */
  name: string;
  /** Default BOT. */
  type?: BotType | null | undefined;
  /** Job title shown under the name. */
  workPosition?: string | null | undefined;
};

/** Register (or update) a connector of this application. */
export type RegisterConnectorInput = {
  /** Group chats by chat id (true) or one-to-one by user id (false, default). */
  chatGroup?: boolean | null | undefined;
  /** Icon background colour. */
  iconColor?: string | null | undefined;
  /** Icon: SVG markup (`<svg ...>...</svg>`, encoded for you) or a data URI starting "data:image/svg+xml,". */
  iconSvg: string;
  /** Connector id: lower-case letters, digits and _ (no dot); use a unique prefix. */
  id: string;
  /** Name shown in the Open Channel settings. */
  name: string;
  /** URL of the settings page the portal opens in a slider. */
  placementHandler: string;
};

/** A message sent as a bot. */
export type SendBotMessageInput = {
  /** A rich attachment. */
  attach?: BotAttachmentInput | null | undefined;
  /** The bot; default: the configured BITRIX24_BOT_ID. */
  botId?: number | null | undefined;
  /** "chat<chatId>" for a group chat, or a user id for a one-to-one dialog. */
  dialogId: string;
  /** Forward these messages (at most 100). */
  forwardMessageIds?: Array<number> | null | undefined;
  /** Makes retries safe: the same key in the same dialog sends the message once (the portal templateId) and a retry answers the first message. A UUID is used as is; any other text is hashed to one. Reusing a key with different content is ValidationFailed (constraint reusedWithDifferentContent), checked per server process for 24 h: with several replicas a reuse on another replica is not detected, but the portal still sends only the first message. */
  idempotencyKey?: string | null | undefined;
  /** Keyboard rows under the message. */
  keyboard?: Array<BotKeyboardRowInput> | null | undefined;
  /** Reply to this message. */
  replyToMessageId?: number | null | undefined;
  /** A system message (no author; nobody can edit it). */
  system?: boolean | null | undefined;
  /** Text with BB codes; at most 20,000 characters. */
  text?: string | null | undefined;
  /** Show link previews (default true). */
  urlPreview?: boolean | null | undefined;
};

/** Messages to deliver into an Open Channel line. */
export type SendConnectorMessagesInput = {
  /** The connector id given to registerConnector. */
  connector: string;
  /** The Open Channel (line) id. */
  line: number;
  /** The messages, in order (1..100). */
  messages: Array<ConnectorMessageInput>;
};

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

/** The external channel a connector line talks to (replaces the stored data). */
export type SetConnectorDataInput = {
  /** External channel id, e.g. "channel-123". */
  channelId: string;
  /** The connector id. */
  connector: string;
  /** The Open Channel (line) id. */
  line: number;
  /** Channel name. */
  name?: string | null | undefined;
  /** Link for operators (default: url). */
  operatorUrl?: string | null | undefined;
  /** Channel URL. */
  url?: string | null | undefined;
};

/** Change a bot's own message. */
export type UpdateBotMessageInput = {
  /** New attachment. */
  attach?: BotAttachmentInput | null | undefined;
  /** The bot; default: the configured BITRIX24_BOT_ID. */
  botId?: number | null | undefined;
  /** New keyboard. */
  keyboard?: Array<BotKeyboardRowInput> | null | undefined;
  /** The message to change. */
  messageId: number;
  /** Remove the keyboard. */
  removeKeyboard?: boolean | null | undefined;
  /** New text (at most 20,000 characters). */
  text?: string | null | undefined;
  /** Show link previews. */
  urlPreview?: boolean | null | undefined;
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

export type ConsumerSendPollMutationVariables = Exact<{
  input: SendPollInput;
}>;


export type ConsumerSendPollMutation = { __typename: 'Mutation', sendPoll:
    | { __typename: 'ChatNotFound', code: UserErrorCode, message: string }
    | { __typename: 'NotSupported', code: UserErrorCode, message: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'SendPollCreated', messageId: number }
    | { __typename: 'SendPollSuccess', poll: { __typename: 'Poll', id: string, messageId: number | null, attachId: number, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string }> }> } }
    | { __typename: 'ValidationFailed', code: UserErrorCode, message: string, field: string, constraint: string | null }
   };

export type ConsumerCastBallotMutationVariables = Exact<{
  input: CastBallotInput;
}>;


export type ConsumerCastBallotMutation = { __typename: 'Mutation', castBallot:
    | { __typename: 'AlreadyVoted', code: UserErrorCode, message: string }
    | { __typename: 'CastBallotSuccess', ballot: { __typename: 'Ballot', choices: Array<{ __typename: 'BallotChoice', questionId: number, answerIds: Array<number> }> }, poll: { __typename: 'Poll', id: string, totalVotes: number } }
    | { __typename: 'NotSupported', code: UserErrorCode, message: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'PollClosed', code: UserErrorCode, message: string }
    | { __typename: 'PollNotFound', code: UserErrorCode, message: string }
    | { __typename: 'RevoteNotAllowed', code: UserErrorCode, message: string }
    | { __typename: 'ValidationFailed', code: UserErrorCode, message: string, field: string, constraint: string | null }
   };

export type ConsumerPollResultsQueryVariables = Exact<{
  ref: PollRef;
}>;


export type ConsumerPollResultsQuery = { __typename: 'Query', poll: { __typename: 'Poll', id: string, messageId: number | null, finished: boolean, totalVotes: number, questions: Array<{ __typename: 'Question', id: string, text: string, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number }> }>, viewer: { __typename: 'PollViewer', id: string, hasVoted: boolean, canRevote: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } } | null };

export type RegisterBotMutationVariables = Exact<{
  input: RegisterBotInput;
}>;


export type RegisterBotMutation = { __typename: 'Mutation', registerBot:
    | { __typename: 'AlreadyExists', code: UserErrorCode, message: string }
    | { __typename: 'LimitExceeded', code: UserErrorCode, message: string }
    | { __typename: 'RegisterBotSuccess', bot: { __typename: 'Bot', id: string, botId: number, code: string, type: BotType, name: string | null } }
    | { __typename: 'ValidationFailed', field: string, constraint: string | null, code: UserErrorCode, message: string }
   };

export type AddBotToChatMutationVariables = Exact<{
  input: AddBotToChatInput;
}>;


export type AddBotToChatMutation = { __typename: 'Mutation', addBotToChat:
    | { __typename: 'AddBotToChatSuccess', botId: number, chatId: number, dialogId: string }
    | { __typename: 'BotNotFound', code: UserErrorCode, message: string }
    | { __typename: 'ChatNotFound', code: UserErrorCode, message: string }
    | { __typename: 'ValidationFailed', code: UserErrorCode, message: string }
   };

export type SendBotMessageMutationVariables = Exact<{
  input: SendBotMessageInput;
}>;


export type SendBotMessageMutation = { __typename: 'Mutation', sendBotMessage:
    | { __typename: 'BotNotFound', code: UserErrorCode, message: string }
    | { __typename: 'BotNotInChat', code: UserErrorCode, message: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'SendBotMessageSuccess', botMessage: { __typename: 'BotMessage', id: string, messageId: number, chatId: number | null, dialogId: string | null, text: string, isSystem: boolean, keyboard: unknown, attach: Array<unknown> }, forwarded: Array<{ __typename: 'BotForwardedMessage', originalMessageId: number, messageId: number }> }
    | { __typename: 'ValidationFailed', field: string, constraint: string | null, code: UserErrorCode, message: string }
   };

export type UpdateBotMessageMutationVariables = Exact<{
  input: UpdateBotMessageInput;
}>;


export type UpdateBotMessageMutation = { __typename: 'Mutation', updateBotMessage:
    | { __typename: 'BotNotFound', code: UserErrorCode, message: string }
    | { __typename: 'MessageNotFound', code: UserErrorCode, message: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'SystemMessageNotEditable', code: UserErrorCode, message: string }
    | { __typename: 'UpdateBotMessageSuccess', messageId: number }
    | { __typename: 'ValidationFailed', code: UserErrorCode, message: string }
   };

export type DeleteBotMessageMutationVariables = Exact<{
  input: DeleteBotMessageInput;
}>;


export type DeleteBotMessageMutation = { __typename: 'Mutation', deleteBotMessage:
    | { __typename: 'BotNotFound', code: UserErrorCode, message: string }
    | { __typename: 'DeleteBotMessageSuccess', messageId: number }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'ValidationFailed', code: UserErrorCode, message: string }
   };

export type MarkBotMessagesReadMutationVariables = Exact<{
  input: MarkBotMessagesReadInput;
}>;


export type MarkBotMessagesReadMutation = { __typename: 'Mutation', markBotMessagesRead:
    | { __typename: 'BotNotFound', code: UserErrorCode, message: string }
    | { __typename: 'BotNotInChat', code: UserErrorCode, message: string }
    | { __typename: 'MarkBotMessagesReadSuccess', chatId: number, lastReadMessageId: number, unreadCount: number, viewedMessageIds: Array<number> }
    | { __typename: 'MessageNotFound', code: UserErrorCode, message: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'ValidationFailed', code: UserErrorCode, message: string }
   };

export type AddBotReactionMutationVariables = Exact<{
  input: BotReactionInput;
}>;


export type AddBotReactionMutation = { __typename: 'Mutation', addBotReaction:
    | { __typename: 'BotNotFound', code: UserErrorCode, message: string }
    | { __typename: 'BotNotInChat', code: UserErrorCode, message: string }
    | { __typename: 'BotReactionSuccess', messageId: number, reaction: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'ReactionAlreadySet', code: UserErrorCode, message: string }
    | { __typename: 'ValidationFailed', code: UserErrorCode, message: string }
   };

export type RemoveBotReactionMutationVariables = Exact<{
  input: BotReactionInput;
}>;


export type RemoveBotReactionMutation = { __typename: 'Mutation', removeBotReaction:
    | { __typename: 'BotNotFound', code: UserErrorCode, message: string }
    | { __typename: 'BotNotInChat', code: UserErrorCode, message: string }
    | { __typename: 'BotReactionSuccess', messageId: number, reaction: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'ReactionAlreadySet', code: UserErrorCode, message: string }
    | { __typename: 'ValidationFailed', code: UserErrorCode, message: string }
   };

export type BotMessageQueryVariables = Exact<{
  messageId: number;
  botId?: number | null | undefined;
}>;


export type BotMessageQuery = { __typename: 'Query', botMessage:
    | { __typename: 'BotMessage', id: string, messageId: number, chatId: number | null, text: string, isSystem: boolean, date: string | null, author: { __typename: 'BotUser', id: number, name: string } | null, forward: { __typename: 'BotMessageForward', messageId: number, chatId: number } | null }
    | { __typename: 'BotNotFound', code: UserErrorCode, message: string }
    | { __typename: 'BotTypeNotAllowed', code: UserErrorCode, message: string }
    | { __typename: 'MessageNotFound', code: UserErrorCode, message: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'ValidationFailed', code: UserErrorCode, message: string }
   };

export type BotMessageContextQueryVariables = Exact<{
  messageId: number;
  range?: number | null | undefined;
  botId?: number | null | undefined;
}>;


export type BotMessageContextQuery = { __typename: 'Query', botMessageContext:
    | { __typename: 'BotMessageContext', hasPrevPage: boolean, hasNextPage: boolean, messages: Array<{ __typename: 'BotMessage', messageId: number, text: string, authorId: number, author: { __typename: 'BotUser', name: string } | null }> }
    | { __typename: 'BotNotFound', code: UserErrorCode, message: string }
    | { __typename: 'BotTypeNotAllowed', code: UserErrorCode, message: string }
    | { __typename: 'MessageNotFound', code: UserErrorCode, message: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'ValidationFailed', code: UserErrorCode, message: string }
   };

export type BotsQueryVariables = Exact<{ [key: string]: never; }>;


export type BotsQuery = { __typename: 'Query', bots: Array<{ __typename: 'Bot', id: string, botId: number, code: string, type: BotType, name: string | null }> };

export type ChatDetailsFragment = { __typename: 'Chat', id: string, chatId: number, dialogId: string, name: string, description: string, type: string, role: ChatRole, canPost: boolean, ownerId: number | null, memberCount: number, messageCount: number, lastMessageId: number | null, createdAt: string | null };

export type ChatByDialogIdQueryVariables = Exact<{
  dialogId: string;
}>;


export type ChatByDialogIdQuery = { __typename: 'Query', chat: { __typename: 'Chat', id: string, chatId: number, dialogId: string, name: string, description: string, type: string, role: ChatRole, canPost: boolean, ownerId: number | null, memberCount: number, messageCount: number, lastMessageId: number | null, createdAt: string | null } | null };

export type RecentChatsQueryVariables = Exact<{
  first?: number;
  after?: string | null | undefined;
}>;


export type RecentChatsQuery = { __typename: 'Query', recentChats: { __typename: 'ChatConnection', edges: Array<{ __typename: 'ChatEdge', cursor: string, node: { __typename: 'RecentChat', id: string, dialogId: string, chatId: number, title: string, type: string, unreadCount: number, updatedAt: string | null, lastMessage: { __typename: 'RecentMessage', messageId: number, text: string, authorId: number | null, date: string | null } | null, chat: { __typename: 'Chat', id: string, name: string, role: ChatRole, canPost: boolean, memberCount: number } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type RegisterConnectorMutationVariables = Exact<{
  input: RegisterConnectorInput;
}>;


export type RegisterConnectorMutation = { __typename: 'Mutation', registerConnector:
    | { __typename: 'ConnectorNotActive', code: UserErrorCode, message: string }
    | { __typename: 'ConnectorSetupSuccess', connector: string }
    | { __typename: 'ValidationFailed', field: string, constraint: string | null, code: UserErrorCode, message: string }
   };

export type ActivateConnectorMutationVariables = Exact<{
  input: ActivateConnectorInput;
}>;


export type ActivateConnectorMutation = { __typename: 'Mutation', activateConnector:
    | { __typename: 'ConnectorNotActive', code: UserErrorCode, message: string }
    | { __typename: 'ConnectorSetupSuccess', connector: string, line: number | null }
    | { __typename: 'ValidationFailed', code: UserErrorCode, message: string }
   };

export type SetConnectorDataMutationVariables = Exact<{
  input: SetConnectorDataInput;
}>;


export type SetConnectorDataMutation = { __typename: 'Mutation', setConnectorData:
    | { __typename: 'ConnectorNotActive', code: UserErrorCode, message: string }
    | { __typename: 'ConnectorSetupSuccess', connector: string, line: number | null }
    | { __typename: 'ValidationFailed', code: UserErrorCode, message: string }
   };

export type ConnectorStatusQueryVariables = Exact<{
  connector: string;
  line: number;
}>;


export type ConnectorStatusQuery = { __typename: 'Query', connectorStatus: { __typename: 'ConnectorLineState', connector: string, line: number, configured: boolean, active: boolean, error: boolean } };

export type SendConnectorMessagesMutationVariables = Exact<{
  input: SendConnectorMessagesInput;
}>;


export type SendConnectorMessagesMutation = { __typename: 'Mutation', sendConnectorMessages:
    | { __typename: 'ConnectorNotActive', code: UserErrorCode, message: string }
    | { __typename: 'SendConnectorMessagesSuccess', deliveredCount: number, failedCount: number, results: Array<
        | { __typename: 'ConnectorMessageDelivered', externalMessageId: string, sessionId: number | null, chatId: number | null, userId: number }
        | { __typename: 'ConnectorMessageFailed', externalMessageId: string, reasons: Array<string>, invalidField: string | null }
      > }
    | { __typename: 'ValidationFailed', field: string, constraint: string | null, code: UserErrorCode, message: string }
   };

export type NodeByIdQueryVariables = Exact<{
  id: string;
}>;


export type NodeByIdQuery = { __typename: 'Query', node:
    | { __typename: 'Answer', answerId: number, text: string, votes: number, percent: number, id: string }
    | { __typename: 'Bot', botId: number, code: string, id: string, botName: string | null }
    | { __typename: 'BotMessage', id: string }
    | { __typename: 'Chat', chatId: number, dialogId: string, name: string, role: ChatRole, canPost: boolean, id: string }
    | { __typename: 'Poll', attachId: number, messageId: number | null, totalVotes: number, finished: boolean, id: string, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, hasVoted: boolean } }
    | { __typename: 'Question', questionId: number, text: string, totalVotes: number, id: string }
    | { __typename: 'RecentChat', id: string }
    | { __typename: 'User', userId: number, name: string, avatarUrl: string | null, id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type NodesByIdsQuery = { __typename: 'Query', nodes: Array<
    | { __typename: 'Answer', id: string }
    | { __typename: 'Bot', id: string }
    | { __typename: 'BotMessage', id: string }
    | { __typename: 'Chat', chatId: number, name: string, id: string }
    | { __typename: 'Poll', attachId: number, totalVotes: number, id: string }
    | { __typename: 'Question', id: string }
    | { __typename: 'RecentChat', id: string }
    | { __typename: 'User', id: string }
   | null> };

export type ViewerUserQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerUserQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', mode: IdentityMode, authenticated: boolean, userId: number | null, user: { __typename: 'User', id: string, userId: number, name: string, avatarUrl: string | null, workPosition: string | null } | null } };

export type PollResultsSubscriptionVariables = Exact<{
  ids: Array<string> | string;
}>;


export type PollResultsSubscription = { __typename: 'Subscription', pollResults: { __typename: 'PollResultsEvent', source: PollResultsSource, poll: { __typename: 'Poll', id: string, finished: boolean, totalVotes: number, questions: Array<{ __typename: 'Question', id: string, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, votes: number, percent: number }> }>, viewer: { __typename: 'PollViewer', id: string, hasVoted: boolean, canVote: boolean, canRevote: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } } } };

export type PollDetailsFragment = { __typename: 'Poll', id: string, messageId: number | null, attachId: number, voteId: number, signedAttachId: string, anonymous: boolean, revoteAllowed: boolean, finished: boolean, totalVotes: number, resultUrl: string | null, downloadUrl: string | null, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, multipleChoice: boolean, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number }> }>, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, canRevote: boolean, canEdit: boolean, hasVoted: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } };

type PollUserError_AlreadyExists_Fragment = { __typename: 'AlreadyExists', code: UserErrorCode, message: string };

type PollUserError_AlreadyVoted_Fragment = { __typename: 'AlreadyVoted', code: UserErrorCode, message: string };

type PollUserError_BotNotFound_Fragment = { __typename: 'BotNotFound', code: UserErrorCode, message: string };

type PollUserError_BotNotInChat_Fragment = { __typename: 'BotNotInChat', code: UserErrorCode, message: string };

type PollUserError_BotTypeNotAllowed_Fragment = { __typename: 'BotTypeNotAllowed', code: UserErrorCode, message: string };

type PollUserError_ChatNotFound_Fragment = { __typename: 'ChatNotFound', code: UserErrorCode, message: string };

type PollUserError_ConnectorNotActive_Fragment = { __typename: 'ConnectorNotActive', code: UserErrorCode, message: string };

type PollUserError_LimitExceeded_Fragment = { __typename: 'LimitExceeded', code: UserErrorCode, message: string };

type PollUserError_MessageNotFound_Fragment = { __typename: 'MessageNotFound', code: UserErrorCode, message: string };

type PollUserError_NotFound_Fragment = { __typename: 'NotFound', code: UserErrorCode, message: string };

type PollUserError_NotSupported_Fragment = { __typename: 'NotSupported', code: UserErrorCode, message: string };

type PollUserError_PermissionDenied_Fragment = { __typename: 'PermissionDenied', code: UserErrorCode, message: string };

type PollUserError_PollClosed_Fragment = { __typename: 'PollClosed', code: UserErrorCode, message: string };

type PollUserError_PollNotFound_Fragment = { __typename: 'PollNotFound', code: UserErrorCode, message: string };

type PollUserError_ReactionAlreadySet_Fragment = { __typename: 'ReactionAlreadySet', code: UserErrorCode, message: string };

type PollUserError_RevoteNotAllowed_Fragment = { __typename: 'RevoteNotAllowed', code: UserErrorCode, message: string };

type PollUserError_SystemMessageNotEditable_Fragment = { __typename: 'SystemMessageNotEditable', code: UserErrorCode, message: string };

type PollUserError_ValidationFailed_Fragment = { __typename: 'ValidationFailed', field: string, constraint: string | null, code: UserErrorCode, message: string };

type PollUserError_VoteRejected_Fragment = { __typename: 'VoteRejected', code: UserErrorCode, message: string };

export type PollUserErrorFragment =
  | PollUserError_AlreadyExists_Fragment
  | PollUserError_AlreadyVoted_Fragment
  | PollUserError_BotNotFound_Fragment
  | PollUserError_BotNotInChat_Fragment
  | PollUserError_BotTypeNotAllowed_Fragment
  | PollUserError_ChatNotFound_Fragment
  | PollUserError_ConnectorNotActive_Fragment
  | PollUserError_LimitExceeded_Fragment
  | PollUserError_MessageNotFound_Fragment
  | PollUserError_NotFound_Fragment
  | PollUserError_NotSupported_Fragment
  | PollUserError_PermissionDenied_Fragment
  | PollUserError_PollClosed_Fragment
  | PollUserError_PollNotFound_Fragment
  | PollUserError_ReactionAlreadySet_Fragment
  | PollUserError_RevoteNotAllowed_Fragment
  | PollUserError_SystemMessageNotEditable_Fragment
  | PollUserError_ValidationFailed_Fragment
  | PollUserError_VoteRejected_Fragment
;

export type PollByRefQueryVariables = Exact<{
  ref: PollRef;
}>;


export type PollByRefQuery = { __typename: 'Query', poll: { __typename: 'Poll', id: string, messageId: number | null, attachId: number, voteId: number, signedAttachId: string, anonymous: boolean, revoteAllowed: boolean, finished: boolean, totalVotes: number, resultUrl: string | null, downloadUrl: string | null, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, multipleChoice: boolean, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number }> }>, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, canRevote: boolean, canEdit: boolean, hasVoted: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } } | null };

export type PollsByMessageIdsQueryVariables = Exact<{
  messageIds: Array<number> | number;
}>;


export type PollsByMessageIdsQuery = { __typename: 'Query', polls: Array<{ __typename: 'Poll', id: string, messageId: number | null, attachId: number, voteId: number, signedAttachId: string, anonymous: boolean, revoteAllowed: boolean, finished: boolean, totalVotes: number, resultUrl: string | null, downloadUrl: string | null, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, multipleChoice: boolean, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number }> }>, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, canRevote: boolean, canEdit: boolean, hasVoted: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } } | null> };

export type PollVotersQueryVariables = Exact<{
  ref: PollRef;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PollVotersQuery = { __typename: 'Query', poll: { __typename: 'Poll', id: string, anonymous: boolean, questions: Array<{ __typename: 'Question', questionId: number, answers: Array<{ __typename: 'Answer', answerId: number, votes: number, voters: { __typename: 'UserConnection', totalCount: number, hidden: boolean, pageInfo: { __typename: 'UserPageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'UserEdge', cursor: string, node: { __typename: 'User', id: string, userId: number, name: string, avatarUrl: string | null, workPosition: string | null } }> } }> }> } | null };

export type SendPollMutationVariables = Exact<{
  input: SendPollInput;
}>;


export type SendPollMutation = { __typename: 'Mutation', sendPoll:
    | { __typename: 'ChatNotFound', code: UserErrorCode, message: string }
    | { __typename: 'NotSupported', code: UserErrorCode, message: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'SendPollCreated', clientMutationId: string | null, messageId: number, voteId: number, message: string }
    | { __typename: 'SendPollSuccess', clientMutationId: string | null, poll: { __typename: 'Poll', id: string, messageId: number | null, attachId: number, voteId: number, signedAttachId: string, anonymous: boolean, revoteAllowed: boolean, finished: boolean, totalVotes: number, resultUrl: string | null, downloadUrl: string | null, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, multipleChoice: boolean, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number }> }>, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, canRevote: boolean, canEdit: boolean, hasVoted: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } } }
    | { __typename: 'ValidationFailed', field: string, constraint: string | null, code: UserErrorCode, message: string }
   };

export type CastBallotMutationVariables = Exact<{
  input: CastBallotInput;
}>;


export type CastBallotMutation = { __typename: 'Mutation', castBallot:
    | { __typename: 'AlreadyVoted', code: UserErrorCode, message: string }
    | { __typename: 'CastBallotSuccess', poll: { __typename: 'Poll', id: string, messageId: number | null, attachId: number, voteId: number, signedAttachId: string, anonymous: boolean, revoteAllowed: boolean, finished: boolean, totalVotes: number, resultUrl: string | null, downloadUrl: string | null, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, multipleChoice: boolean, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number }> }>, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, canRevote: boolean, canEdit: boolean, hasVoted: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } }, ballot: { __typename: 'Ballot', choices: Array<{ __typename: 'BallotChoice', questionId: number, answerIds: Array<number> }> } }
    | { __typename: 'NotSupported', code: UserErrorCode, message: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'PollClosed', code: UserErrorCode, message: string }
    | { __typename: 'PollNotFound', code: UserErrorCode, message: string }
    | { __typename: 'RevoteNotAllowed', code: UserErrorCode, message: string }
    | { __typename: 'ValidationFailed', field: string, constraint: string | null, code: UserErrorCode, message: string }
   };

export type RecallBallotMutationVariables = Exact<{
  input: PollActionInput;
}>;


export type RecallBallotMutation = { __typename: 'Mutation', recallBallot:
    | { __typename: 'NotSupported', code: UserErrorCode, message: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'PollClosed', code: UserErrorCode, message: string }
    | { __typename: 'PollNotFound', code: UserErrorCode, message: string }
    | { __typename: 'RecallBallotSuccess', poll: { __typename: 'Poll', id: string, messageId: number | null, attachId: number, voteId: number, signedAttachId: string, anonymous: boolean, revoteAllowed: boolean, finished: boolean, totalVotes: number, resultUrl: string | null, downloadUrl: string | null, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, multipleChoice: boolean, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number }> }>, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, canRevote: boolean, canEdit: boolean, hasVoted: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } } }
    | { __typename: 'RevoteNotAllowed', code: UserErrorCode, message: string }
    | { __typename: 'ValidationFailed', field: string, constraint: string | null, code: UserErrorCode, message: string }
   };

export type StopPollMutationVariables = Exact<{
  input: PollActionInput;
}>;


export type StopPollMutation = { __typename: 'Mutation', stopPoll:
    | { __typename: 'NotSupported', code: UserErrorCode, message: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'PollNotFound', code: UserErrorCode, message: string }
    | { __typename: 'StopPollSuccess', poll: { __typename: 'Poll', id: string, messageId: number | null, attachId: number, voteId: number, signedAttachId: string, anonymous: boolean, revoteAllowed: boolean, finished: boolean, totalVotes: number, resultUrl: string | null, downloadUrl: string | null, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, multipleChoice: boolean, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number }> }>, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, canRevote: boolean, canEdit: boolean, hasVoted: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } } }
    | { __typename: 'ValidationFailed', field: string, constraint: string | null, code: UserErrorCode, message: string }
   };

export type ResumePollMutationVariables = Exact<{
  input: PollActionInput;
}>;


export type ResumePollMutation = { __typename: 'Mutation', resumePoll:
    | { __typename: 'NotSupported', code: UserErrorCode, message: string }
    | { __typename: 'PermissionDenied', code: UserErrorCode, message: string }
    | { __typename: 'PollNotFound', code: UserErrorCode, message: string }
    | { __typename: 'ResumePollSuccess', poll: { __typename: 'Poll', id: string, messageId: number | null, attachId: number, voteId: number, signedAttachId: string, anonymous: boolean, revoteAllowed: boolean, finished: boolean, totalVotes: number, resultUrl: string | null, downloadUrl: string | null, questions: Array<{ __typename: 'Question', id: string, questionId: number, text: string, multipleChoice: boolean, totalVotes: number, answers: Array<{ __typename: 'Answer', id: string, answerId: number, text: string, votes: number, percent: number }> }>, viewer: { __typename: 'PollViewer', id: string, canVote: boolean, canRevote: boolean, canEdit: boolean, hasVoted: boolean, myAnswers: Array<{ __typename: 'PollViewerAnswers', questionId: number, answerIds: Array<number> }> } } }
    | { __typename: 'ValidationFailed', field: string, constraint: string | null, code: UserErrorCode, message: string }
   };

export const ChatDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Chat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chatId"}},{"kind":"Field","name":{"kind":"Name","value":"dialogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canPost"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ChatDetailsFragment, unknown>;
export const PollDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"attachId"}},{"kind":"Field","name":{"kind":"Name","value":"voteId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAttachId"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"revoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"resultUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multipleChoice"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}}]} as unknown as DocumentNode<PollDetailsFragment, unknown>;
export const PollUserErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}}]} as unknown as DocumentNode<PollUserErrorFragment, unknown>;
export const ConsumerSendPollDocument = {"__meta__":{"hash":"sha256:96bb003bfd67eb78647fe0a6fd71cc463314ababe81c52d0985e86bd8d1f1933"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsumerSendPoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendPollInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sendPoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendPollSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"poll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"attachId"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendPollCreated"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}}]}}]} as unknown as DocumentNode<ConsumerSendPollMutation, ConsumerSendPollMutationVariables>;
export const ConsumerCastBallotDocument = {"__meta__":{"hash":"sha256:5f17acd46f2fdd99a90e1aa3fe5d63a0c5f7d2cc1cc429231060ea6153e791c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsumerCastBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastBallotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"castBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CastBallotSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ballot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"poll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}}]}}]} as unknown as DocumentNode<ConsumerCastBallotMutation, ConsumerCastBallotMutationVariables>;
export const ConsumerPollResultsDocument = {"__meta__":{"hash":"sha256:4a8496c3b816400671d588d2c22ee7fac81984e3ba887c74aa4d2f212b39ee5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsumerPollResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PollRef"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"poll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsumerPollResultsQuery, ConsumerPollResultsQueryVariables>;
export const RegisterBotDocument = {"__meta__":{"hash":"sha256:92621135ad83c8bf8b8b11aa143c285a9457197a4a7ce3fa8d2064e740c8333a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterBot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterBotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registerBot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterBotSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"botId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterBotMutation, RegisterBotMutationVariables>;
export const AddBotToChatDocument = {"__meta__":{"hash":"sha256:9c00eb35ec2669d67c6fcd1d5ee07807b817b5e704f87eaf60534b0ebfea76d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddBotToChat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddBotToChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addBotToChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddBotToChatSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"botId"}},{"kind":"Field","name":{"kind":"Name","value":"chatId"}},{"kind":"Field","name":{"kind":"Name","value":"dialogId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddBotToChatMutation, AddBotToChatMutationVariables>;
export const SendBotMessageDocument = {"__meta__":{"hash":"sha256:3617a06b1081059ee5e3e58bbc25e768b05fb8a2d2415d0430ffdea953ce9d14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendBotMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendBotMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sendBotMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendBotMessageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"botMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"chatId"}},{"kind":"Field","name":{"kind":"Name","value":"dialogId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isSystem"}},{"kind":"Field","name":{"kind":"Name","value":"keyboard"}},{"kind":"Field","name":{"kind":"Name","value":"attach"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwarded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"originalMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SendBotMessageMutation, SendBotMessageMutationVariables>;
export const UpdateBotMessageDocument = {"__meta__":{"hash":"sha256:eec693e9f1d5b44c018ab09b8e5bb954021a83da6719fd16d23d5050195b004d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBotMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBotMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateBotMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBotMessageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateBotMessageMutation, UpdateBotMessageMutationVariables>;
export const DeleteBotMessageDocument = {"__meta__":{"hash":"sha256:8c7c939eef89b4f3c2f4f62e3098b83fc004f47f5c49e89e7d34c65c03bfb7dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBotMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteBotMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteBotMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteBotMessageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteBotMessageMutation, DeleteBotMessageMutationVariables>;
export const MarkBotMessagesReadDocument = {"__meta__":{"hash":"sha256:a17b7a1316bdb0f4a55fe133985074a8fe7512c41f2a06dfaa1c3feaac5dd429"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkBotMessagesRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkBotMessagesReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markBotMessagesRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarkBotMessagesReadSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"chatId"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewedMessageIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MarkBotMessagesReadMutation, MarkBotMessagesReadMutationVariables>;
export const AddBotReactionDocument = {"__meta__":{"hash":"sha256:8c7fe3f945bd027ab136f4bd72d323134fe0fab57d9470a0f14293bf06cc1300"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddBotReaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BotReactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addBotReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BotReactionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddBotReactionMutation, AddBotReactionMutationVariables>;
export const RemoveBotReactionDocument = {"__meta__":{"hash":"sha256:f85be5398eb86ce241a3b7424120ad59f585ea530da537fa6763124f2a288922"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveBotReaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BotReactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeBotReaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BotReactionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveBotReactionMutation, RemoveBotReactionMutationVariables>;
export const BotMessageDocument = {"__meta__":{"hash":"sha256:5cf9bb116968ef9e93a6bbe6f359b941149259cdede8d3eeaeaf40042d3039d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BotMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"botId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"botMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"botId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"botId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BotMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"chatId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isSystem"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"chatId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BotMessageQuery, BotMessageQueryVariables>;
export const BotMessageContextDocument = {"__meta__":{"hash":"sha256:ffcedcadc999ab925ee9feac1b6e6dc2396e26c5521962ba6749dc075ad56593"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BotMessageContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"botId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"botMessageContext"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"botId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"botId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BotMessageContext"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasPrevPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BotMessageContextQuery, BotMessageContextQueryVariables>;
export const BotsDocument = {"__meta__":{"hash":"sha256:b0f310e6f26f146977971b82e3e4181bbbca3bc1ef25e842902c24b9d1768d05"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"botId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BotsQuery, BotsQueryVariables>;
export const ChatByDialogIdDocument = {"__meta__":{"hash":"sha256:f7847710d0ff6122c24ccc4a0dee8330c2044405e4caa62288cdc7e9e519ff1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatByDialogId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dialogId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"chat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dialogId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dialogId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Chat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chatId"}},{"kind":"Field","name":{"kind":"Name","value":"dialogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canPost"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ChatByDialogIdQuery, ChatByDialogIdQueryVariables>;
export const RecentChatsDocument = {"__meta__":{"hash":"sha256:0f901c3af262fe920e5ada15fefeb7a09ae88178839d8b0a81e27611ed90829b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecentChats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recentChats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dialogId"}},{"kind":"Field","name":{"kind":"Name","value":"chatId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canPost"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RecentChatsQuery, RecentChatsQueryVariables>;
export const RegisterConnectorDocument = {"__meta__":{"hash":"sha256:a563b4567b5655a27f64aea6d80e6eebdbe47532ca63bfabcdadf965f25c5870"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterConnector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterConnectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registerConnector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectorSetupSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"connector"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterConnectorMutation, RegisterConnectorMutationVariables>;
export const ActivateConnectorDocument = {"__meta__":{"hash":"sha256:1b5f2935e751eeb0e94d2e0c90a1768982a6fc969eaa5cb8b2d20de55db3b5d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateConnector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivateConnectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activateConnector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectorSetupSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"connector"}},{"kind":"Field","name":{"kind":"Name","value":"line"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ActivateConnectorMutation, ActivateConnectorMutationVariables>;
export const SetConnectorDataDocument = {"__meta__":{"hash":"sha256:d4ed179ba4cd4d2334c1d2da280c184f8e63b240608af6b17e83082197f6f8cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetConnectorData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetConnectorDataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setConnectorData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectorSetupSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"connector"}},{"kind":"Field","name":{"kind":"Name","value":"line"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetConnectorDataMutation, SetConnectorDataMutationVariables>;
export const ConnectorStatusDocument = {"__meta__":{"hash":"sha256:1b8c2a9b725e23a22e39b64d33693fe9804ee43ee4f7c66037baf13049ef029b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectorStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connector"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"line"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"connectorStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connector"}}},{"kind":"Argument","name":{"kind":"Name","value":"line"},"value":{"kind":"Variable","name":{"kind":"Name","value":"line"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"connector"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ConnectorStatusQuery, ConnectorStatusQueryVariables>;
export const SendConnectorMessagesDocument = {"__meta__":{"hash":"sha256:d96feab24b458402e96a72d4296a9a90da268f094e08f4144d9d21fad4e0d374"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendConnectorMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendConnectorMessagesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sendConnectorMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendConnectorMessagesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectorMessageDelivered"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"externalMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"chatId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectorMessageFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"externalMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"invalidField"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SendConnectorMessagesMutation, SendConnectorMessagesMutationVariables>;
export const NodeByIdDocument = {"__meta__":{"hash":"sha256:f91c85b674939a8b4ed45ceb371f751aa87ddb8aa2903cadb1315bd39b638487"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attachId"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Answer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Chat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"chatId"}},{"kind":"Field","name":{"kind":"Name","value":"dialogId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canPost"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"botId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","alias":{"kind":"Name","value":"botName"},"name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"__meta__":{"hash":"sha256:f6f3b05ef0952fe69a8336b39b33e2f26969cd98814d4efe8b6126d822f51936"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attachId"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Chat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"chatId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const ViewerUserDocument = {"__meta__":{"hash":"sha256:be3dac9ef8a8aef45f6c1f90b25723cae2e932db5054f99e1c25c30f4580d3fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"authenticated"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"workPosition"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerUserQuery, ViewerUserQueryVariables>;
export const PollResultsDocument = {"__meta__":{"hash":"sha256:858a95e4fe7054424bf8f8210c52b8303a974c2b52b102b7a47265b68a2dce3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PollResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pollResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"poll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PollResultsSubscription, PollResultsSubscriptionVariables>;
export const PollByRefDocument = {"__meta__":{"hash":"sha256:62a1d9e40142c2082165d3d14bff5ee071189e3ce9ec00f49d8d8a3abcc7fe0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PollByRef"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PollRef"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"poll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"attachId"}},{"kind":"Field","name":{"kind":"Name","value":"voteId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAttachId"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"revoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"resultUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multipleChoice"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}}]} as unknown as DocumentNode<PollByRefQuery, PollByRefQueryVariables>;
export const PollsByMessageIdsDocument = {"__meta__":{"hash":"sha256:8823b9ad862c7042e4a77b698fb6a3053b83054c9ccfcd1ab6dcc72c52d76ee7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PollsByMessageIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"polls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"messageIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"attachId"}},{"kind":"Field","name":{"kind":"Name","value":"voteId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAttachId"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"revoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"resultUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multipleChoice"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}}]} as unknown as DocumentNode<PollsByMessageIdsQuery, PollsByMessageIdsQueryVariables>;
export const PollVotersDocument = {"__meta__":{"hash":"sha256:0e6a8fa9906ca8a8fca14a4be17d23baea3e4db0a05c83d015c156c96898fdfa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PollVoters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PollRef"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"poll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"voters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"workPosition"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PollVotersQuery, PollVotersQueryVariables>;
export const SendPollDocument = {"__meta__":{"hash":"sha256:83b5e33f900c15dcd66fcf5a0473c4e60131e46945f0f37c1e917c97a2b26ede"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendPoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendPollInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sendPoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendPollSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"poll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollDetails"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendPollCreated"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"voteId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollUserError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"attachId"}},{"kind":"Field","name":{"kind":"Name","value":"voteId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAttachId"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"revoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"resultUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multipleChoice"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}}]} as unknown as DocumentNode<SendPollMutation, SendPollMutationVariables>;
export const CastBallotDocument = {"__meta__":{"hash":"sha256:820d7520efea6bc200983d7e9466fe0d5c10b74eeb7b130cdd4caf18e7728cac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CastBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastBallotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"castBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CastBallotSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"poll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ballot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollUserError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"attachId"}},{"kind":"Field","name":{"kind":"Name","value":"voteId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAttachId"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"revoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"resultUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multipleChoice"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}}]} as unknown as DocumentNode<CastBallotMutation, CastBallotMutationVariables>;
export const RecallBallotDocument = {"__meta__":{"hash":"sha256:2a16cfa48fe5f7815c687b76e10f0b02f8c67c46bb4569d32c77e81974bca6cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecallBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PollActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recallBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecallBallotSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"poll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollDetails"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollUserError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"attachId"}},{"kind":"Field","name":{"kind":"Name","value":"voteId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAttachId"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"revoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"resultUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multipleChoice"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}}]} as unknown as DocumentNode<RecallBallotMutation, RecallBallotMutationVariables>;
export const StopPollDocument = {"__meta__":{"hash":"sha256:8ace4034c2c7c5607d0034b58f9bd0556781e2f73ea0de9457867684b055de7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopPoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PollActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stopPoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StopPollSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"poll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollDetails"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollUserError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"attachId"}},{"kind":"Field","name":{"kind":"Name","value":"voteId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAttachId"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"revoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"resultUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multipleChoice"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}}]} as unknown as DocumentNode<StopPollMutation, StopPollMutationVariables>;
export const ResumePollDocument = {"__meta__":{"hash":"sha256:135ace1c4f2f3019970faaa51f1207b66b5ecb5af2a4befedc65bd5e06c46417"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumePoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PollActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resumePoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResumePollSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"poll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollDetails"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PollUserError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Poll"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"attachId"}},{"kind":"Field","name":{"kind":"Name","value":"voteId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAttachId"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"revoteAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"resultUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"multipleChoice"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canVote"}},{"kind":"Field","name":{"kind":"Name","value":"canRevote"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"hasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answerIds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PollUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}}]}}]} as unknown as DocumentNode<ResumePollMutation, ResumePollMutationVariables>;