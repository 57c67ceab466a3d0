/**
 * Which backend serves a poll: the reference names it (Telegram refs carry `backend: 'tg'`, from a
 * `tg:` dialogId or a `tg`-prefixed global id); everything else is Bitrix24. A Telegram ref on a
 * facade without Telegram is refused with NotSupported, before any call.
 */
import { NotSupported } from '../graphql-errors/user-error.types.js';
import type { GraphQLContext } from '../graphql/context.js';
import { POLL_BACKEND, TELEGRAM_POLL_BACKEND, type PollBackend } from './poll.backend.js';
import { isTelegramRef, type PollRef } from './poll.model.js';

export const TELEGRAM_NOT_CONFIGURED =
  'Telegram polls are not available: this server has no Telegram configured.';

export function pollBackendFor(ctx: GraphQLContext, ref: PollRef): PollBackend | NotSupported {
  if (!isTelegramRef(ref)) return ctx.backend(POLL_BACKEND);
  return ctx.backend(TELEGRAM_POLL_BACKEND) ?? new NotSupported(TELEGRAM_NOT_CONFIGURED);
}
