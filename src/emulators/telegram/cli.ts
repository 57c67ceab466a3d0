/**
 * `npm run telegram-emulator -- [--port 20000..32767] [--control-port N]`
 * Starts the embedded Telegram server on loopback and prints the seed, the control API and a ready
 * StringSession per account. These sessions hold the server's own public dev keys (like the portal
 * emulator's dev-token-N); printing them is the point of this command. They never reach real Telegram.
 */
import { startTelegramEmulator } from './server.js';

const USAGE = 'usage: telegram-emulator [--port 1..32767] [--control-port 0..65535]';

function parseArgs(argv: string[]): { port?: number; controlPort?: number } {
  const options: { port?: number; controlPort?: number } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = Number(argv[++i]);
    if (arg === '--port') {
      if (!Number.isInteger(value) || value < 1 || value > 32767)
        throw new Error(`--port must be 1..32767\n${USAGE}`);
      options.port = value;
    } else if (arg === '--control-port') {
      if (!Number.isInteger(value) || value < 0 || value > 65535)
        throw new Error(`--control-port must be 0..65535\n${USAGE}`);
      options.controlPort = value;
    } else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const emulator = await startTelegramEmulator({
    ...options,
    onUnknownMethod: (method) =>
      console.warn(`unimplemented method called: ${method} (answered 400 INPUT_METHOD_INVALID)`),
  });
  const state = emulator.engine.state;
  const lines = [
    `Telegram emulator (MTProto 2.0, TCP full) on 127.0.0.1:${emulator.port}, DC 2`,
    `Control API:   ${emulator.controlUrl}  (calls, reset, faults, state/poll)`,
    `Users:         ${[...state.users.values()].map((u) => `${u.id} ${u.firstName} ${u.lastName}${u.bot ? '(bot)' : ''}`.trim()).join(', ')}`,
    ...[...state.chats.values()].map(
      (chat) =>
        `${chat.kind === 'chat' ? 'Group  ' : 'Channel'}        tg:${chat.kind}:${chat.id} "${chat.title}" members ${[...chat.members].join(',')}, posting ${[...chat.posters].join(',')}`,
    ),
    'Sessions (teleproto StringSession; dev keys of this emulator only):',
    ...Object.entries(emulator.sessions).map(([name, session]) => `  ${name.padEnd(10)} ${session}`),
  ];
  console.log(lines.join('\n'));
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
