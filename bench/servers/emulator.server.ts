/**
 * The portal emulator as a process of its own for the benches (the bench seed: 160 users), limits
 * off at start; benches switch them on over `POST /_emulator/limits`. Prints `emulator: <url>`
 * and `webhook: <url>`.
 */
import 'reflect-metadata';
import { startEmulator } from '../../src/emulators/bitrix24/index.js';
import { benchSeed } from '../bench-seed.js';

const emu = await startEmulator({
  port: 0,
  host: '127.0.0.1',
  seed: benchSeed(),
  limits: { enabled: false },
});
process.stdout.write(`emulator: ${emu.url}\nwebhook: ${emu.webhookUrl}\n`);
process.on('SIGTERM', () => void emu.close().then(() => process.exit(0)));
