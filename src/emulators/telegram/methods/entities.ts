/** State records as TL constructors, and InputPeer -> conversation resolution with its errors. */
import { Api } from 'teleproto';
import { returnBigInt } from 'teleproto/Helpers.js';
import {
  chatKey,
  privateKey,
  type TgChat,
  type TgPeerKind,
  type TgState,
  type TgUser,
} from '../store/state.js';
import { badRequest, type RpcContext } from './context.js';

export const long = (value: bigint | number): ReturnType<typeof returnBigInt> =>
  returnBigInt(value.toString());

export function apiUser(user: TgUser, selfId: number): Api.User {
  return new Api.User({
    id: long(user.id),
    accessHash: long(0),
    firstName: user.firstName,
    lastName: user.lastName || undefined,
    bot: user.bot || undefined,
    // the bot flag and bot_info_version share a flags bit: a bot needs both
    botInfoVersion: user.bot ? 1 : undefined,
    self: user.id === selfId || undefined,
  });
}

export function apiChat(chat: TgChat, viewerId: number): Api.Chat | Api.Channel {
  const left = !chat.members.has(viewerId) || undefined;
  if (chat.kind === 'chat') {
    return new Api.Chat({
      id: long(chat.id),
      title: chat.title,
      photo: new Api.ChatPhotoEmpty(),
      participantsCount: chat.members.size,
      date: 0,
      version: 1,
      left,
    });
  }
  return new Api.Channel({
    id: long(chat.id),
    accessHash: long(chat.accessHash),
    title: chat.title,
    photo: new Api.ChatPhotoEmpty(),
    date: 0,
    broadcast: true,
    left,
    participantsCount: chat.members.size,
    // the channel's posters are its admins with the right to post
    adminRights: chat.posters.has(viewerId) ? new Api.ChatAdminRights({ postMessages: true }) : undefined,
  });
}

/** Where a call is addressed, from the caller's side. */
export interface Conversation {
  kind: TgPeerKind;
  /** The chat, channel, or the other user of a private chat. */
  id: number;
  key: string;
  chat?: TgChat;
  /** Who sees messages in it. */
  members: Set<number>;
  posters: Set<number>;
}

export function peerOf(kind: TgPeerKind, id: number): Api.TypePeer {
  if (kind === 'chat') return new Api.PeerChat({ chatId: long(id) });
  if (kind === 'channel') return new Api.PeerChannel({ channelId: long(id) });
  return new Api.PeerUser({ userId: long(id) });
}

export function resolvePeer(context: RpcContext, input: unknown): Conversation {
  const self = context.user.id;
  const peer = input as { className?: string; chatId?: unknown; channelId?: unknown; userId?: unknown };
  switch (peer?.className) {
    case 'InputPeerSelf':
      return privateConversation(self, self);
    case 'InputPeerUser': {
      const other = Number(String(peer.userId));
      if (!context.state.users.has(other)) throw badRequest('PEER_ID_INVALID');
      return privateConversation(self, other);
    }
    case 'InputPeerChat': {
      const chat = context.state.chats.get(chatKey('chat', Number(String(peer.chatId))));
      // a basic group is invisible to non-members
      if (!chat || !chat.members.has(self)) throw badRequest('PEER_ID_INVALID');
      return fromChat(chat);
    }
    case 'InputPeerChannel': {
      const chat = context.state.chats.get(chatKey('channel', Number(String(peer.channelId))));
      if (!chat) throw badRequest('CHANNEL_INVALID');
      return fromChat(chat);
    }
    default:
      throw badRequest('PEER_ID_INVALID');
  }
}

function fromChat(chat: TgChat): Conversation {
  return {
    kind: chat.kind,
    id: chat.id,
    key: chatKey(chat.kind, chat.id),
    chat,
    members: chat.members,
    posters: chat.posters,
  };
}

function privateConversation(self: number, other: number): Conversation {
  const both = new Set([self, other]);
  return { kind: 'user', id: other, key: privateKey(self, other), members: both, posters: both };
}

/** The users and chats lists that go with an answer about `conversation`. */
export function entitiesFor(state: TgState, viewerId: number, userIds: Iterable<number>, chat?: TgChat) {
  const users = [...new Set(userIds)]
    .map((id) => state.users.get(id))
    .filter((user): user is TgUser => user !== undefined)
    .map((user) => apiUser(user, viewerId));
  return { users, chats: chat ? [apiChat(chat, viewerId)] : [] };
}
