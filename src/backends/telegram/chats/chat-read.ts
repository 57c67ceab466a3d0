/**
 * Chats by address, with as few calls as the layer allows: every basic group of the read in one
 * messages.getChats, every channel in one channels.getChannels, every private chat's partner in one
 * users.getUsers. What the caller cannot see is null: a basic group they are not in
 * (chatForbidden, or left/deactivated), a channel they do not subscribe to (`left`), or an id
 * Telegram refuses as invalid or private. These calls fail as a whole on one bad id, so a refused
 * read of several ids is asked again id by id, and only the refused id becomes null.
 */
import { Api } from 'teleproto';
import { returnBigInt } from 'teleproto/Helpers.js';
import type { TelegramInvoker } from '../invoker/telegram-invoker.port.js';
import { TelegramError } from '../telegram-error.js';
import { formatTelegramPeer, type TelegramPeer } from '../polls/peer-address.js';
import type { TelegramChat } from './telegram-chat.types.js';

/** Errors that mean "no such chat for this caller". */
export const CHAT_NOT_VISIBLE = new Set([
  'CHAT_ID_INVALID',
  'PEER_ID_INVALID',
  'CHANNEL_INVALID',
  'CHANNEL_PRIVATE',
  'USER_ID_INVALID',
]);

const long = (value: number | bigint) => returnBigInt(value.toString());

export interface ChatReadOptions {
  /** A channel's access hash (from the session's entity cache); 0 when absent. */
  channelAccessHash?: (channelId: number) => bigint;
}

/** dialogId -> the chat, or null when the caller cannot see it. */
export async function readTelegramChats(
  invoker: TelegramInvoker,
  peers: readonly TelegramPeer[],
  options: ChatReadOptions = {},
): Promise<Map<string, TelegramChat | null>> {
  const found = new Map<string, TelegramChat | null>();
  const byKind = (kind: TelegramPeer['kind']) => [
    ...new Set(peers.filter((peer) => peer.kind === kind).map((peer) => peer.id)),
  ];
  const groups: Array<[TelegramPeer['kind'], (ids: number[]) => Promise<TelegramChat[]>]> = [
    ['chat', (ids) => basicGroups(invoker, ids)],
    ['channel', (ids) => channels(invoker, ids, options)],
    ['user', (ids) => privateChats(invoker, ids)],
  ];
  await Promise.all(
    groups.map(async ([kind, read]) => {
      const ids = byKind(kind);
      if (ids.length === 0) return;
      for (const id of ids) found.set(formatTelegramPeer({ kind, id }), null);
      for (const chat of await isolated(ids, read)) found.set(chat.dialogId, chat);
    }),
  );
  return found;
}

/** One call for all ids; when Telegram refuses it as not visible and there were several, one per id. */
async function isolated(
  ids: number[],
  read: (ids: number[]) => Promise<TelegramChat[]>,
): Promise<TelegramChat[]> {
  try {
    return await read(ids);
  } catch (error) {
    if (!(error instanceof TelegramError && CHAT_NOT_VISIBLE.has(error.code))) throw error;
    if (ids.length === 1) return [];
    const each = await Promise.all(ids.map((id) => isolated([id], read)));
    return each.flat();
  }
}

async function basicGroups(invoker: TelegramInvoker, ids: number[]): Promise<TelegramChat[]> {
  const answer = await invoker.invoke(new Api.messages.GetChats({ id: ids.map((id) => long(id)) }));
  return ((answer as Api.messages.Chats).chats ?? []).flatMap((chat) => {
    if (chat.className !== 'Chat' || chat.left || chat.deactivated) return [];
    const id = Number(String(chat.id));
    const admin = chat.creator === true || (chat.adminRights !== undefined && chat.adminRights !== null);
    const banned =
      chat.defaultBannedRights?.sendPolls === true || chat.defaultBannedRights?.sendMessages === true;
    return [
      {
        dialogId: formatTelegramPeer({ kind: 'chat', id }),
        kind: 'chat' as const,
        id,
        title: chat.title,
        type: 'chat' as const,
        memberCount: chat.participantsCount,
        creator: chat.creator === true,
        admin,
        canPost: admin || !banned,
        createdAt: chat.date > 0 ? chat.date : null,
      },
    ];
  });
}

async function channels(
  invoker: TelegramInvoker,
  ids: number[],
  options: ChatReadOptions,
): Promise<TelegramChat[]> {
  const answer = await invoker.invoke(
    new Api.channels.GetChannels({
      id: ids.map(
        (id) =>
          new Api.InputChannel({
            channelId: long(id),
            accessHash: long(options.channelAccessHash?.(id) ?? 0n),
          }),
      ),
    }),
  );
  return ((answer as Api.messages.Chats).chats ?? []).flatMap((chat) => {
    if (chat.className !== 'Channel' || chat.left) return [];
    const id = Number(String(chat.id));
    const admin = chat.creator === true || (chat.adminRights !== undefined && chat.adminRights !== null);
    const canPost = chat.megagroup
      ? chat.bannedRights?.sendMessages !== true && chat.defaultBannedRights?.sendMessages !== true
      : chat.creator === true || chat.adminRights?.postMessages === true;
    return [
      {
        dialogId: formatTelegramPeer({ kind: 'channel', id }),
        kind: 'channel' as const,
        id,
        title: chat.title,
        type: chat.megagroup ? ('supergroup' as const) : ('channel' as const),
        memberCount: chat.participantsCount ?? null,
        creator: chat.creator === true,
        admin,
        canPost,
        createdAt: chat.date > 0 ? chat.date : null,
      },
    ];
  });
}

/** A private chat is its partner: users.getUsers leaves out ids it does not know. */
async function privateChats(invoker: TelegramInvoker, ids: number[]): Promise<TelegramChat[]> {
  const users = await invoker.invoke(
    new Api.users.GetUsers({
      id: ids.map((id) => new Api.InputUser({ userId: long(id), accessHash: long(0) })),
    }),
  );
  return users.flatMap((user) => {
    if (user.className !== 'User') return [];
    const id = Number(String(user.id));
    return [
      {
        dialogId: formatTelegramPeer({ kind: 'user', id }),
        kind: 'user' as const,
        id,
        title: [user.firstName, user.lastName].filter(Boolean).join(' '),
        type: 'private' as const,
        memberCount: 2,
        creator: false,
        admin: false,
        canPost: user.deleted !== true,
        createdAt: null,
      },
    ];
  });
}
