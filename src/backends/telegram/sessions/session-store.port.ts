/**
 * Which Telegram session acts for a facade subject (a user id, or `bot`). Session strings are
 * secrets: implementations never log them, and nothing outside the backend reads them.
 */
export interface TelegramSessionStore {
  get(subject: string): Promise<string | undefined>;
  set(subject: string, session: string): Promise<void>;
  delete(subject: string): Promise<void>;
}
