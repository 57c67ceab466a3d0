/**
 * What delivering an external message creates on the portal: a portal user standing for the
 * external user (once per connector), an Open Channel chat and session (once per external chat, or
 * per external user when the connector does not group by chat, per line), and the message itself.
 */
import { appendMessage } from '../bots/message-store.js';
import { toAtom } from '../core/dates.js';
import type {
  EmChat,
  EmConnector,
  EmMessage,
  EmOpenLineSession,
  EmUser,
  EmulatorState,
} from '../store/state.js';
import { freshId, isActiveUser, nextId } from '../store/state.js';

export interface ExternalUser {
  id: string;
  name: string;
  lastName: string;
  gender: 'M' | 'F' | '';
  email: string;
}

export interface ExternalChat {
  id: string;
  name: string;
  url: string;
}

export function originalPostDescription(url: string): string {
  return url ? `Link to the original post: ${url}` : '';
}

export function ensureConnectorUser(
  state: EmulatorState,
  connectorId: string,
  external: ExternalUser,
): EmUser {
  const xmlId = `imconnector|${connectorId}|${external.id}`;
  for (const user of state.users.values()) if (user.xmlId === xmlId) return user;
  const id = freshId(state, 'user', state.users);
  const fullName = `${external.name} ${external.lastName}`.trim();
  const user: EmUser = {
    id,
    // The portal names visitors who give no name "Guest".
    name: fullName || 'Guest',
    firstName: external.name || (fullName ? '' : 'Guest'),
    lastName: external.lastName,
    workPosition: '',
    isAdmin: false,
    isBot: false,
    gender: external.gender,
    email: external.email,
    color: '#1eb4aa',
    active: true,
    connector: true,
    xmlId,
  };
  state.users.set(id, user);
  return user;
}

/** Operators who see new Open Channel chats: the emulator has no queue settings, so the admins. */
function lineOperators(state: EmulatorState): number[] {
  return [...state.users.values()].filter((u) => u.isAdmin && !u.isBot && isActiveUser(u)).map((u) => u.id);
}

export function ensureSession(
  state: EmulatorState,
  connector: EmConnector,
  line: number,
  chatInfo: ExternalChat,
  user: EmUser,
  externalUserId: string,
  now: Date,
): { session: EmOpenLineSession; chat: EmChat } {
  // CHAT_GROUP=true groups by external chat id; false keeps one dialog per external user.
  const session = state.openLineSessions.find(
    (s) =>
      s.connectorId === connector.id &&
      s.lineId === line &&
      (connector.chatGroup ? s.externalChatId === chatInfo.id : s.externalUserId === externalUserId),
  );
  const existingChat = session && state.chats.get(session.chatId);
  if (session && existingChat) {
    if (!existingChat.memberIds.includes(user.id)) existingChat.memberIds.push(user.id);
    return { session, chat: existingChat };
  }
  const chat: EmChat = {
    id: freshId(state, 'chat', state.chats),
    kind: 'openChannel',
    name: connector.chatGroup && chatInfo.name ? chatInfo.name : `${user.name} - Open Channel ${line}`,
    description: originalPostDescription(chatInfo.url),
    ownerId: 0,
    memberIds: [user.id, ...lineOperators(state)],
    managerIds: [],
    entityType: 'LINES',
    // The portal's binding format: connector|line|external chat id|portal user id.
    entityId: `${connector.id}|${line}|${chatInfo.id}|${user.id}`,
    color: '#1eb4aa',
    dateCreate: toAtom(now),
  };
  state.chats.set(chat.id, chat);
  const created: EmOpenLineSession = {
    // Sessions are only created here, from one sequence: no set of every earlier id per session.
    id: nextId(state, 'openLineSession'),
    chatId: chat.id,
    connectorId: connector.id,
    lineId: line,
    externalChatId: chatInfo.id,
    externalUserId,
    userId: user.id,
  };
  state.openLineSessions.push(created);
  return { session: created, chat };
}

export interface IncomingMessage {
  externalId: string;
  /** unix seconds, or undefined for "now" */
  date: number | undefined;
  text: string;
  files: unknown[];
  /** post as this operator instead of the external user */
  operatorId: number | undefined;
}

export function appendConnectorMessage(
  state: EmulatorState,
  chat: EmChat,
  author: EmUser,
  incoming: IncomingMessage,
  now: Date,
): EmMessage {
  const operator = incoming.operatorId === undefined ? undefined : state.users.get(incoming.operatorId);
  const authorId = isActiveUser(operator) && !operator.isBot ? operator.id : author.id;
  const params: Record<string, unknown> = {};
  if (incoming.files.length) params.FILES = incoming.files;
  if (incoming.externalId) params.CONNECTOR_MID = [incoming.externalId];
  const date = incoming.date === undefined ? undefined : toAtom(new Date(incoming.date * 1000));
  return appendMessage(
    state,
    { chatId: chat.id, authorId, text: incoming.text, params, date, source: 'connector' },
    now,
  );
}
