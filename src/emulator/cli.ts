/**
 * `npm run emulator -- [--port 4001] [--host 127.0.0.1] [--seed file.json] [--no-limits]`
 *   `[--allow-non-loopback]` (plain HTTP beyond loopback, e.g. inside a container network)
 * Starts the portal emulator and prints how to reach it, one item per line.
 */
import { startEmulator } from './index.js';

interface CliOptions {
  port: number;
  host: string;
  seed?: string;
  limits: boolean;
  allowNonLoopback: boolean;
}

const USAGE =
  'usage: emulator [--port 4001] [--host 127.0.0.1] [--seed file.json] [--no-limits] [--allow-non-loopback]';

function parseCliArgs(argv: string[]): CliOptions {
  const opts: CliOptions = { port: 4001, host: '127.0.0.1', limits: true, allowNonLoopback: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port must be 0..65535\n${USAGE}`);
      opts.port = port;
    } else if (arg === '--host') opts.host = value();
    else if (arg === '--seed') opts.seed = value();
    else if (arg === '--no-limits') opts.limits = false;
    else if (arg === '--allow-non-loopback') opts.allowNonLoopback = true;
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return opts;
}

async function main(): Promise<void> {
  const opts = parseCliArgs(process.argv.slice(2));
  const emu = await startEmulator({
    port: opts.port,
    host: opts.host,
    seed: opts.seed,
    limits: { enabled: opts.limits },
    allowNonLoopback: opts.allowNonLoopback,
  });
  const tokens = [...emu.state.tokens.values()];
  const apps = [...emu.state.apps.values()];
  // These are the emulator's own development credentials (documented in the README); printing
  // them is the point of this command. They never belong to a real portal.
  const lines = [
    `Bitrix24 portal emulator listening on ${emu.url}`,
    `REST (OAuth):  ${emu.url}/rest/<method>  (auth=<token>)`,
    `Webhook URL:   ${emu.webhookUrl}`,
    `Token URL:     ${emu.url}/oauth/token/`,
    ...apps.map((a) => `App:           client_id=${a.clientId} client_secret=${a.clientSecret}`),
    ...tokens.map((t) => `Token:         user ${t.userId}: ${t.accessToken} (refresh ${t.refreshToken})`),
    `Limits:        ${opts.limits ? 'on' : 'off'}`,
    `Controls:      ${emu.url}/_emulator/health`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the emulator\n`);
    void emu.close().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  // SeedValidationError is an Error too: its message lists every problem of the seed file.
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
