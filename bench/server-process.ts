/**
 * A bench server as a child process (`node <script>`), configured only through its environment and
 * arguments, ready once it has printed the lines the caller waits for. A process of its own so that
 * its CPU, its memory and a crash (the process exiting) are its own, not the bench's.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerProcess {
  pid: number;
  /** The first capture group of each `ready` pattern, in order. */
  values: string[];
  /** Exits that were not asked for by `close()` (a crash). */
  crashes(): number;
  /** The last lines the process wrote to stderr (for a failure message). */
  stderrTail(): string;
  close(): Promise<void>;
}

export async function startServerProcess(
  script: string,
  env: Record<string, string>,
  ready: RegExp[],
  args: string[] = [],
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [script, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
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
  const values = await new Promise<string[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in 60 s\n${stderr}`)), 60_000);
    let out: string | undefined = '';
    // The listener stays: a pipe nobody reads would fill up and block the server's writes.
    child.stdout?.on('data', (chunk: Buffer) => {
      if (out === undefined) return;
      out += chunk.toString();
      const matches = ready.map((pattern) => pattern.exec(out!)?.[1]);
      if (matches.every((m) => m !== undefined)) {
        out = undefined;
        clearTimeout(timer);
        resolve(matches as string[]);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${script} exited during start-up\n${stderr}`));
    });
  });
  return {
    pid: child.pid!,
    values,
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
