/**
 * Ids of system messages this process sent. The portal answers an edit of a system message with
 * the same ACCESS_DENIED as "not your message", and only supervisor/personal bots may read a
 * message back to tell them apart; remembering our own system sends covers plain bots too.
 */
const MAX_REMEMBERED = 10_000;
const systemMessageIds = new Set<number>();

export function rememberSystemMessage(messageId: number): void {
  if (systemMessageIds.size >= MAX_REMEMBERED) {
    const oldest = systemMessageIds.values().next().value;
    if (oldest !== undefined) systemMessageIds.delete(oldest);
  }
  systemMessageIds.add(messageId);
}

export function isKnownSystemMessage(messageId: number): boolean {
  return systemMessageIds.has(messageId);
}
