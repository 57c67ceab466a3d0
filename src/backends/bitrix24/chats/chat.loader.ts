/**
 * Per-request loader of Bitrix24 chats by dialog id. All `im.dialog.get` reads of one GraphQL
 * operation (e.g. `recentChats { edges { node { chat { ... } } } }`) go out as one `batch` request
 * per 50 dialogs; a dialog the caller cannot see comes back as null without failing its neighbours.
 * Other failures stay BackendFailures (PortalError): the feature turns them into GraphQL errors.
 */
import DataLoader from 'dataloader';
import { BackendFailure } from '../../../outcomes/backend-failure.js';
import { UserErrorCode } from '../../../outcomes/user-error-code.js';
import { callBatch, MAX_BATCH_COMMANDS, type BatchCommand } from '../batch.js';
import type { PortalCredential } from '../credential.js';
import type { PortalCaller } from '../portal-caller.js';
import { getDialog, normalizeDialog } from './chat.portal.js';
import type { Chat } from '../../../chats/chat.model.js';

export type ChatLoader = DataLoader<string, Chat | null>;

/**
 * The portal answers `ACCESS_ERROR` both for a dialog that does not exist and for one the caller is
 * not a member of, so neither can we tell them apart; the error table maps it to CHAT_NOT_FOUND,
 * which reads as "not visible": null.
 */
function isInvisibleChat(error: unknown): boolean {
  return (
    error instanceof BackendFailure &&
    error.outcome.kind === 'user' &&
    error.outcome.code === UserErrorCode.CHAT_NOT_FOUND
  );
}

async function loadOne(caller: PortalCaller, credential: PortalCredential, dialogId: string) {
  try {
    return await getDialog(caller, credential, dialogId);
  } catch (error) {
    if (isInvisibleChat(error)) return null;
    throw error;
  }
}

async function loadMany(
  caller: PortalCaller,
  credential: PortalCredential,
  dialogIds: readonly string[],
): Promise<Array<Chat | null | Error>> {
  // A lone read needs no batch envelope: the call log then shows the method itself.
  if (dialogIds.length === 1) return [await loadOne(caller, credential, dialogIds[0] as string)];
  const commands: Record<string, BatchCommand> = {};
  dialogIds.forEach((dialogId, index) => {
    commands[`d${index}`] = { method: 'im.dialog.get', params: { DIALOG_ID: dialogId } };
  });
  const outcomes = await callBatch(caller, commands, credential);
  return dialogIds.map((dialogId, index) => {
    const outcome = outcomes[`d${index}`];
    if (outcome === undefined) return new Error('batch answer lost a command');
    if (outcome.ok) {
      const raw = outcome.result && typeof outcome.result === 'object' ? outcome.result : {};
      return normalizeDialog(raw as Record<string, unknown>, dialogId);
    }
    return isInvisibleChat(outcome.error) ? null : outcome.error;
  });
}

/**
 * `batched: false` (FACADE_DATALOADERS=false): one `im.dialog.get` per load and no cache, as a
 * hand-written facade would do; the benchmarks' baseline.
 */
export function createChatLoader(
  caller: PortalCaller,
  credential: PortalCredential,
  batched = true,
): ChatLoader {
  return new DataLoader<string, Chat | null>(
    (ids) => loadMany(caller, credential, ids),
    batched ? { maxBatchSize: MAX_BATCH_COMMANDS } : { batch: false, cache: false },
  );
}
