/**
 * What `npm start` prints about the embedded Telegram server: where it listens, its seed (users,
 * `tg:chat:1`, `tg:channel:1`, the bot) and which bearer token acts as which Telegram account. The
 * session strings themselves are not printed (`npm run telegram-emulator` prints them for clients
 * of its own).
 */
import type { RunningTelegramEmulator } from '../emulators/telegram/server.js';

export function describeTelegramEmulator(
  emulator: RunningTelegramEmulator,
  devSessions: ReadonlyArray<{ token: string; session: string }>,
): string[] {
  const state = emulator.engine.state;
  const name = (id: number) => {
    const user = state.users.get(id);
    return user === undefined ? String(id) : `${user.firstName} ${user.lastName}`.trim();
  };
  return [
    `telegram emulator: MTProto on 127.0.0.1:${emulator.port} (DC 2), control API ${emulator.controlUrl}`,
    ...[...state.chats.values()].map(
      (chat) =>
        `telegram ${chat.kind === 'chat' ? 'group  ' : 'channel'}: tg:${chat.kind}:${chat.id} "${chat.title}" members ${[...chat.members].join(',')}; may post: ${[...chat.posters].join(',')}${chat.kind === 'channel' ? '; only members vote' : ''}`,
    ),
    ...devSessions.map((dev) => {
      const userId = state.keys.get(dev.session)?.userId ?? null;
      const who =
        userId === null
          ? dev.session
          : `Telegram ${state.users.get(userId)?.bot ? 'bot' : 'user'} ${userId} (${name(userId)})`;
      return `telegram: Authorization: Bearer ${dev.token} acts as ${who}`;
    }),
  ];
}
