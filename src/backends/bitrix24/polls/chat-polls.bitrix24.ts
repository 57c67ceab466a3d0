/**
 * A chat's polls, newest first, for PollBackend.chatPolls: reads the chat's history with
 * `im.dialog.messages.get` (50 messages per call, paging back with LAST_ID) until it has seen
 * `first` poll messages or CHAT_POLLS_MAX_HISTORY_READS reads, then reads those polls through the
 * request's poll loader: one getMany for the page (and for every other chat's page read in the same
 * tick), plus the loader's one-batch isolation when an id fails. A page of 20 polls within the last
 * 50 messages therefore costs two requests.
 *
 * A poll that is gone or hidden from the caller (its message outlived it) is left out of the page.
 */
import type { PortalCredential } from '../credential.js';
import type { PortalCaller } from '../portal-caller.js';
import {
  CHAT_POLLS_MAX_HISTORY_READS,
  type ChatPoll,
  type ChatPollsPage,
  type ChatPollsRequest,
  type PollOrigin,
} from '../../../polls/chat-polls.model.js';
import type { Poll, PollRef } from '../../../polls/poll.model.js';
import { MAX_MESSAGES_PER_READ, readHistory } from './chat-history.portal.js';
import { isUnreadablePoll } from './poll.loader.js';

export async function readChatPolls(
  caller: PortalCaller,
  credential: PortalCredential,
  readPoll: (ref: PollRef) => Promise<Poll>,
  request: ChatPollsRequest,
): Promise<ChatPollsPage> {
  const origins: PollOrigin[] = [];
  let before = request.before;
  let exhausted = false;
  for (let reads = 0; reads < CHAT_POLLS_MAX_HISTORY_READS && origins.length < request.first; reads += 1) {
    const page = await readHistory(caller, credential, request.dialogId, before);
    for (const message of page.messages) {
      if (!message.poll) continue;
      origins.push({
        chatId: page.chatId,
        dialogId: request.dialogId,
        messageId: message.id,
        author: message.authorId > 0 ? (page.authors.get(message.authorId) ?? null) : null,
      });
    }
    // Fewer than LIMIT messages: the start of the history (the portal may send more, never fewer).
    if (page.messages.length < MAX_MESSAGES_PER_READ) {
      exhausted = true;
      break;
    }
    before = Math.min(...page.messages.map((m) => m.id));
  }
  const taken = origins.slice(0, request.first);
  const more = origins.length > taken.length;
  // One tick, so the loader sends every poll of the page in one getMany.
  const read = await Promise.all(
    taken.map((origin) =>
      readPoll({ messageId: origin.messageId }).then(
        (poll): ChatPoll => ({ poll, origin }),
        (error: unknown) => {
          if (isUnreadablePoll(error)) return null;
          throw error;
        },
      ),
    ),
  );
  const items = read.filter((item): item is ChatPoll => item !== null);
  // Go on after the last poll of the page when polls were left over; else after the oldest message read.
  const last = taken[taken.length - 1];
  const nextBefore = more && last !== undefined ? last.messageId : exhausted ? null : before;
  return { items, hasNextPage: nextBefore !== null, nextBefore };
}
