/**
 * What the traffic engine must know about each portal method: may it be repeated after a lost
 * answer, and may it travel inside a `batch`. Method names are compared case-insensitively.
 *
 * - read: no effect; always safe to repeat.
 * - idempotent: repeating it leaves the same state (stop/resume, recall, Bot.register by `code`,
 *   message update/read, connector setup), so a lost answer is retried.
 * - creation: makes something new each time; repeated only when the caller passed an
 *   idempotency key that the portal de-duplicates (`templateId`, the external message id).
 * - ballot: `vote.AttachedVote.vote`; before a retry the poll is read back and compared.
 * - unsafe: anything else that writes (delete, reactions, unregister...): a lost answer is
 *   reported as OUTCOME_UNKNOWN.
 */
export type MethodKind = 'read' | 'idempotent' | 'creation' | 'ballot' | 'unsafe';

export const BALLOT_METHOD = 'vote.attachedvote.vote';

const CREATIONS = new Set([
  'vote.integration.im.send',
  'imbot.v2.chat.message.send',
  'imconnector.send.messages',
]);

const IDEMPOTENT = new Set([
  'vote.attachedvote.recall',
  'vote.attachedvote.stop',
  'vote.attachedvote.resume',
  'imbot.v2.bot.register',
  'imbot.v2.chat.message.update',
  'imbot.v2.chat.message.read',
  'imconnector.register',
  'imconnector.activate',
  'imconnector.connector.data.set',
]);

/** `get`, `getMany`, `getWithVoted`, `list`, `status`, `download`, `user.current`, `app.info`, `profile`. */
const READ = /(^|\.)(get\w*|list|status|download|current|info)$|^profile$/;

/** Methods the portal refuses inside `batch` (docs/bitrix24-contract.md §5): nested batches and file transfers. */
const NOT_BATCHABLE = new Set(['batch', 'vote.attachedvote.download']);

export function methodKind(method: string): MethodKind {
  const name = method.toLowerCase();
  if (name === BALLOT_METHOD) return 'ballot';
  if (CREATIONS.has(name)) return 'creation';
  if (IDEMPOTENT.has(name)) return 'idempotent';
  if (READ.test(name)) return 'read';
  return 'unsafe';
}

export function isBatchable(method: string): boolean {
  const name = method.toLowerCase();
  return !NOT_BATCHABLE.has(name) && !name.endsWith('.download') && !name.includes('.file.upload');
}
