/** Entry of `npm run telegram-login` (see cli.ts for the arguments). */
import { runLoginCli } from './cli.js';

runLoginCli(process.argv.slice(2), {
  input: process.stdin,
  write: (text) => process.stdout.write(text),
  env: process.env,
}).then(
  (summary) => {
    console.log(summary);
    process.exit(0);
  },
  (err: unknown) => {
    // teleproto's RPC errors carry Telegram's own message (PHONE_CODE_INVALID...): the useful part
    const rpc = (err as { errorMessage?: unknown } | null)?.errorMessage;
    console.error(
      typeof rpc === 'string'
        ? `Telegram refused the login: ${rpc}`
        : err instanceof Error
          ? err.message
          : String(err),
    );
    process.exit(1);
  },
);
