/**
 * Starting and stopping the embedded Telegram server: the MTProto listener on a loopback port below
 * 32768 (a random free one in 20000..32767 unless given, retried on EADDRINUSE) and the control API
 * on its own loopback HTTP port.
 */
import { createServer, type Server } from 'node:net';
import { ClientConnection } from './transport/connection.js';
import { TelegramEngine, type EngineOptions } from './core/engine.js';
import { startControlServer } from './control/control-server.js';
import { sessionString } from './sessions.js';

export interface TelegramEmulatorOptions extends EngineOptions {
  /** MTProto port (1..32767); absent = a free one in 20000..32767. */
  port?: number;
  /** Control API port; absent = any free one. */
  controlPort?: number;
}

export interface RunningTelegramEmulator {
  engine: TelegramEngine;
  port: number;
  /** `http://127.0.0.1:<port>/_telegram/` */
  controlUrl: string;
  /** Session name (`user-1`..`user-5`, `bot`, `logged-out`) -> StringSession string. */
  sessions: Record<string, string>;
  close(): Promise<void>;
}

const FIRST_PORT = 20000;
const LAST_PORT = 32767;

export async function startTelegramEmulator(
  options: TelegramEmulatorOptions = {},
): Promise<RunningTelegramEmulator> {
  if (options.port !== undefined && !(options.port > 0 && options.port <= LAST_PORT)) {
    throw new RangeError(`port must be within 1..${LAST_PORT}`);
  }
  const engine = new TelegramEngine(options);
  const server = createServer((socket) => {
    socket.setNoDelay(true);
    const connection = new ClientConnection(socket, engine.lookupKey, engine.handle);
    engine.connections.add(connection);
    socket.on('close', () => engine.connections.delete(connection));
  });
  engine.port = await listen(server, options.port);
  const control = await startControlServer(engine, options.controlPort ?? 0);
  const sessions: Record<string, string> = {};
  for (const key of engine.state.keys.values())
    sessions[key.name] = await sessionString(key.authKey, engine.port);
  return {
    engine,
    port: engine.port,
    controlUrl: control.url,
    sessions,
    close: async () => {
      for (const connection of engine.connections) connection.close();
      await Promise.all([new Promise<void>((resolve) => server.close(() => resolve())), control.close()]);
    },
  };
}

async function listen(server: Server, fixed: number | undefined): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const port = fixed ?? FIRST_PORT + Math.floor(Math.random() * (LAST_PORT - FIRST_PORT + 1));
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
      return port;
    } catch (err) {
      const inUse = (err as NodeJS.ErrnoException).code === 'EADDRINUSE';
      if (!inUse || fixed !== undefined || attempt >= 20) throw err;
    }
  }
}
