/**
 * Session strings in one JSON file (`{subject: session}`), readable by the owner only (0600), written
 * atomically (a temporary file renamed over the old one) so a crash never leaves half a file.
 * Writes are serialised within the process.
 */
import { chmod, readFile, rename, writeFile } from 'node:fs/promises';
import type { TelegramSessionStore } from './session-store.port.js';

export class FileTelegramSessionStore implements TelegramSessionStore {
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly path: string) {}

  async get(subject: string): Promise<string | undefined> {
    return (await this.readAll())[subject];
  }

  async set(subject: string, session: string): Promise<void> {
    await this.update((all) => {
      all[subject] = session;
    });
  }

  async delete(subject: string): Promise<void> {
    await this.update((all) => {
      delete all[subject];
    });
  }

  private update(change: (all: Record<string, string>) => void): Promise<void> {
    const next = this.writing.then(async () => {
      const all = await this.readAll();
      change(all);
      const temporary = `${this.path}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(all), { mode: 0o600 });
      await chmod(temporary, 0o600);
      await rename(temporary, this.path);
    });
    this.writing = next.catch(() => undefined);
    return next;
  }

  private async readAll(): Promise<Record<string, string>> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw new Error(`cannot read the Telegram session file (${(err as NodeJS.ErrnoException).code})`);
    }
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('the Telegram session file is not a JSON object');
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  }
}
