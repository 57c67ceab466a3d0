/** imbot.v2 objects as the facade sees them (docs/bitrix24-contract.md §7). Types are already mostly clean in v2. */

/** Which bot a call acts as. `botToken` only with webhook credentials (an OAuth app owns its bots). */
export interface BotAuth {
  botId: number;
  botToken?: string;
}

export type BotType = 'bot' | 'supervisor' | 'personal' | 'openline' | string;

export interface Bot {
  id: number;
  code: string;
  type: BotType;
  isHidden: boolean;
  isSupportOpenline: boolean;
  isReactionsEnabled: boolean;
  backgroundId: string | null;
  language: string;
  /** owner-only ("extended") fields; null in the brief format */
  eventMode: 'fetch' | 'webhook' | string | null;
  countMessage: number | null;
  countChat: number | null;
  countUser: number | null;
}

export interface BotUser {
  id: number;
  active: boolean;
  name: string;
  bot: boolean;
  type: string;
  workPosition: string | null;
  avatarUrl: string | null;
}

export interface BotWithUsers {
  bot: Bot;
  users: BotUser[];
}

export interface BotList {
  bots: Bot[];
  users: BotUser[];
  hasNextPage: boolean;
}

export interface RegisterBotInput {
  code: string;
  /** webhook mode: ≤ 40 chars; sent in `fields.botToken` and at the top level (docs/bitrix24-contract.md §10 #14) */
  botToken?: string;
  properties: {
    name: string;
    lastName?: string;
    workPosition?: string;
    color?: string;
    gender?: 'M' | 'F';
    avatar?: string;
  };
  type?: BotType;
  eventMode?: 'fetch' | 'webhook';
  webhookUrl?: string;
  isHidden?: boolean;
  isReactionsEnabled?: boolean;
  isSupportOpenline?: boolean;
  backgroundId?: string | null;
}

export interface BotChat {
  id: number;
  dialogId: string;
  name: string;
  description: string;
  type: string;
  ownerId: number;
  role: string;
  /** the portal sends "Y"/"N" here */
  textFieldEnabled: boolean;
  messageCount: number | null;
  userCounter: number | null;
  lastMessageId: number | null;
}

export interface BotMessage {
  id: number;
  chatId: number;
  /** 0 for system messages */
  authorId: number;
  date: string | null;
  text: string;
  isSystem: boolean;
  uuid: string | null;
  params: Record<string, unknown>;
  viewedByOthers: boolean;
  /** set when the message is a forward of another one */
  forward: BotMessageForward | null;
}

export interface BotMessageForward {
  id: number;
  userId: number;
  chatId: number;
  date: string | null;
}

export interface SendBotMessageInput {
  dialogId: string;
  message?: string;
  attach?: unknown;
  keyboard?: unknown;
  system?: boolean;
  urlPreview?: boolean;
  replyId?: number;
  templateId?: string;
  forwardIds?: Record<string, number>;
}

export interface SendBotMessageResult {
  messageId: number;
  /** forwarded uuid → new message id; `{}` and `[]` both become an empty record */
  uuidMap: Record<string, number>;
}

export interface UpdateBotMessageInput {
  message?: string;
  attach?: unknown;
  /** "N" or an empty value removes the keyboard */
  keyboard?: unknown;
  urlPreview?: boolean;
}

export interface ReadResult {
  chatId: number;
  lastId: number;
  counter: number;
  viewedMessages: number[];
}

export interface MessageContext {
  messages: BotMessage[];
  users: BotUser[];
  hasPrevPage: boolean;
  hasNextPage: boolean;
}

export interface BotEvent {
  eventId: number;
  type: string;
  date: string | null;
  data: Record<string, unknown>;
}

export interface BotEventPage {
  events: BotEvent[];
  /** store it even when hasMore is false */
  nextOffset: number | null;
  hasMore: boolean;
}
