/**
 * Per-request loader of chats by dialog id. All `im.dialog.get` reads of one GraphQL operation
 * (e.g. `recentChats { edges { node { chat { ... } } } }`) go out as one `batch` request per 50
 * dialogs; a dialog the caller cannot see comes back as null without failing its neighbours.
 */
import { asGraphQLFailure, isNotVisible, nullIfNotVisible } from '../graphql-errors/not-visible.js';
import DataLoader from 'dataloader';
import { UserErrorCode } from '../graphql-errors/index.js';
import { callBatch, MAX_BATCH_COMMANDS, type BatchCommand } from '../backends/bitrix24/batch.js';
import type { PortalCredential } from '../backends/bitrix24/credential.js';
import type { PortalCaller } from '../backends/bitrix24/portal-caller.js';
import type { GraphQLContext } from '../graphql/context.js';
import { getDialog, normalizeDialog } from './chat.portal.js';
import type { Chat } from './chat.model.js';
import { TELEGRAM_CHAT_BACKEND } from './chat.backend.js';
import { namesTelegram } from '../validation/telegram-dialog-id.js';

export type ChatLoader = DataLoader<string, Chat | null>;

/**
 * `ACCESS_ERROR` means "no such dialog" and "not a member" alike (docs/bitrix24-contract.md §9.2): the portal does
 * not tell them apart, so neither can we. The portal error table maps it to CHAT_NOT_FOUND.
 */
const INVISIBLE_CHAT = [UserErrorCode.CHAT_NOT_FOUND];

async function loadOne(caller: PortalCaller, credential: PortalCredential, dialogId: string) {
  try {
    return await getDialog(caller, credential, dialogId);
  } catch (error) {
    return nullIfNotVisible(error, INVISIBLE_CHAT);
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
  let outcomes;
  try {
    outcomes = await callBatch(caller, commands, credential);
  } catch (error) {
    throw asGraphQLFailure(error);
  }
  return dialogIds.map((dialogId, index) => {
    const outcome = outcomes[`d${index}`];
    if (outcome === undefined) return new Error('batch answer lost a command');
    if (outcome.ok) {
      const raw = outcome.result && typeof outcome.result === 'object' ? outcome.result : {};
      return normalizeDialog(raw as Record<string, unknown>, dialogId);
    }
    return isNotVisible(outcome.error, INVISIBLE_CHAT) ? null : asGraphQLFailure(outcome.error);
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

/** Loads chats by dialog id, whichever backend holds them. */
export interface ChatReader {
  load(dialogId: string): Promise<Chat | null>;
}

/**
 * The chat reads of this request (one identity per request, so they are keyed per user by
 * construction): Bitrix24 dialogs through the batched loader above, Telegram ones (`tg:`) through
 * the Telegram chat backend, which batches its own reads. Without Telegram a `tg:` chat is null.
 */
export function chatLoaderOf(ctx: GraphQLContext): ChatReader {
  const bitrix24 = ctx.loaders.get('chats.byDialogId', () =>
    createChatLoader(ctx.portal, ctx.identity.credential, ctx.config.dataLoaders),
  );
  return {
    load: async (dialogId) => {
      if (!namesTelegram(dialogId)) return bitrix24.load(dialogId);
      const telegram = ctx.backend(TELEGRAM_CHAT_BACKEND);
      if (telegram === null) return null;
      try {
        return await telegram.read(dialogId);
      } catch (error) {
        throw asGraphQLFailure(error);
      }
    },
  };
}
