/**
 * Reading chats by id: messages.getChats (basic groups) and channels.getChannels (channels), both
 * answering messages.chats. As Telegram documents: an unknown basic group is 400 CHAT_ID_INVALID and
 * an unknown channel 400 CHANNEL_INVALID (the whole call fails); a basic group the caller is not in
 * comes back as chatForbidden (id and title only). This server's channels are public: a
 * non-subscriber gets the channel with `left` set, as Telegram answers for a public channel.
 */
import { Api } from 'teleproto';
import { chatKey, type TgChat } from '../store/state.js';
import { badRequest, type RpcContext } from './context.js';
import { apiChat, long } from './entities.js';

export function getChats(context: RpcContext, request: Api.AnyRequest): object {
  const ids = ((request as Api.messages.GetChats).id ?? []).map((id) => Number(String(id)));
  const chats = ids.map((id) => {
    const chat = context.state.chats.get(chatKey('chat', id));
    if (!chat) throw badRequest('CHAT_ID_INVALID');
    return chat.members.has(context.user.id)
      ? apiChat(chat, context.user.id)
      : new Api.ChatForbidden({ id: long(chat.id), title: chat.title });
  });
  return new Api.messages.Chats({ chats });
}

export function getChannels(context: RpcContext, request: Api.AnyRequest): object {
  const inputs = ((request as Api.channels.GetChannels).id ?? []) as Array<{
    className?: string;
    channelId?: unknown;
  }>;
  const chats = inputs.map((input) => {
    const found: TgChat | undefined =
      input.className === 'InputChannel'
        ? context.state.chats.get(chatKey('channel', Number(String(input.channelId))))
        : undefined;
    if (!found) throw badRequest('CHANNEL_INVALID');
    return apiChat(found, context.user.id);
  });
  return new Api.messages.Chats({ chats });
}
