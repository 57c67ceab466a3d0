/**
 * A facade as a child process (`node dist/src/main.js`), configured only through its environment,
 * the way an operator runs it. A process of its own so that its portal traffic, its pacing state and
 * a crash (the process exiting) are all observable from the bench.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './ports.js';

/** dist/bench/facade-process.js -> dist/src/main.js */
const MAIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'main.js');

export interface FacadeProcess {
  /** http://127.0.0.1:<port>/graphql */
  graphqlUrl: string;
  /** Exits that were not asked for by `close()` (a crash). */
  crashes(): number;
  /** The last lines the process wrote to stderr (for a failure message). */
  stderrTail(): string;
  close(): Promise<void>;
}

export async function startFacadeProcess(env: Record<string, string>): Promise<FacadeProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'error',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let crashes = 0;
  let closing = false;
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      if (!closing) crashes += 1;
      resolve();
    });
  });
  const graphqlUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`facade did not start in 30 s\n${stderr}`)), 30_000);
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^facade: (\S+)/m.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`facade exited during start-up\n${stderr}`));
    });
  });
  return {
    graphqlUrl,
    crashes: () => crashes,
    stderrTail: () => stderr,
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      closing = true;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
