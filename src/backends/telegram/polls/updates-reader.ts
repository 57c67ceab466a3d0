/** Finding the pieces a poll call needs inside an Updates answer (updates, updateShort, combined). */
import type { Api } from 'teleproto';

function updatesOf(answer: unknown): Api.TypeUpdate[] {
  const value = answer as { className?: string; updates?: Api.TypeUpdate[]; update?: Api.TypeUpdate };
  if (value?.className === 'UpdateShort' && value.update) return [value.update];
  return Array.isArray(value?.updates) ? value.updates : [];
}

export function findPollUpdate(answer: unknown): Api.UpdateMessagePoll | undefined {
  return updatesOf(answer).find((u): u is Api.UpdateMessagePoll => u.className === 'UpdateMessagePoll');
}

/** The poll message of a new or edited message update. */
export function findPollMessage(answer: unknown): { msgId: number; media: Api.MessageMediaPoll } | undefined {
  for (const update of updatesOf(answer)) {
    const message = (update as { message?: Api.Message }).message;
    if (message?.className === 'Message' && message.media?.className === 'MessageMediaPoll') {
      return { msgId: message.id, media: message.media };
    }
  }
  return undefined;
}
