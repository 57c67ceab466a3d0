/** Session strings held in process memory (tests, emulator mode). */
import type { TelegramSessionStore } from './session-store.port.js';

export class MemoryTelegramSessionStore implements TelegramSessionStore {
  private readonly sessions = new Map<string, string>();

  constructor(initial: Record<string, string> = {}) {
    for (const [subject, session] of Object.entries(initial)) this.sessions.set(subject, session);
  }

  async get(subject: string): Promise<string | undefined> {
    return this.sessions.get(subject);
  }

  async set(subject: string, session: string): Promise<void> {
    this.sessions.set(subject, session);
  }

  async delete(subject: string): Promise<void> {
    this.sessions.delete(subject);
  }

  /** Never print the sessions themselves. */
  toJSON(): string {
    return `[${this.sessions.size} Telegram sessions]`;
  }
}
