/**
 * Telegram polls as plain operations: create, read, vote, retract, close, voters. Requests go through a
 * TelegramInvoker; answers come back as TelegramPoll objects; every failure is a TelegramError (map it
 * with telegram-error-table.ts). Input that Telegram would refuse, and user-only methods from a bot
 * session, fail here with the same codes and no request sent.
 */
import { Api } from 'teleproto';
import { returnBigInt } from 'teleproto/Helpers.js';
import type { TelegramInvoker } from '../invoker/telegram-invoker.port.js';
import { TelegramError } from '../telegram-error.js';
import { readTelegramChats } from '../chats/chat-read.js';
import type { TelegramChat } from '../chats/telegram-chat.types.js';
import {
  readPollAuthors,
  searchPollMessages,
  type PollMessagePage,
  type TelegramAuthor,
} from './poll-history.js';
import { optionFromId, optionToId } from './option-id.js';
import type { TelegramPeer } from './peer-address.js';
import { toTelegramPoll } from './poll-mapper.js';
import { findPollMessage, findPollUpdate } from './updates-reader.js';
import type {
  NewTelegramPoll,
  TelegramPoll,
  TelegramPollRef,
  TelegramVoterPage,
} from './telegram-poll.types.js';
import { checkNewPoll } from './new-poll.rules.js';
import { batchable, readPollMessages } from './batch-read.js';

/** Errors that mean "no such poll for this caller": a batch read answers null for them. */
const NOT_VISIBLE = new Set([
  'MESSAGE_ID_INVALID',
  'MSG_ID_INVALID',
  'PEER_ID_INVALID',
  'CHANNEL_INVALID',
  'CHANNEL_PRIVATE',
]);

export interface TelegramPollsOptions {
  /** A bot session: sendVote, getPollResults and getPollVotes are refused (BOT_METHOD_INVALID). */
  isBot?: boolean;
  /** A channel's access hash (from the session's entity cache); 0 when absent. */
  channelAccessHash?: (channelId: number) => bigint;
}

const long = (value: bigint | number) => returnBigInt(value.toString());
const text = (value: string) => new Api.TextWithEntities({ text: value, entities: [] });

export class TelegramPolls {
  constructor(
    private readonly invoker: TelegramInvoker,
    private readonly options: TelegramPollsOptions = {},
  ) {}

  inputPeer(peer: TelegramPeer): Api.TypeInputPeer {
    if (peer.kind === 'chat') return new Api.InputPeerChat({ chatId: long(peer.id) });
    if (peer.kind === 'user') return new Api.InputPeerUser({ userId: long(peer.id), accessHash: long(0) });
    const hash = this.options.channelAccessHash?.(peer.id) ?? 0n;
    return new Api.InputPeerChannel({ channelId: long(peer.id), accessHash: long(hash) });
  }

  async create(peer: TelegramPeer, input: NewTelegramPoll): Promise<TelegramPoll> {
    checkNewPoll(input);
    const answer = await this.invoker.invoke(
      new Api.messages.SendMedia({
        peer: this.inputPeer(peer),
        message: '',
        // random_id is left to teleproto (a fresh random long per request): a resend after a lost
        // answer carries the same one, and Telegram creates nothing twice for it
        media: new Api.InputMediaPoll({
          poll: new Api.Poll({
            id: long(0),
            question: text(input.question),
            answers: input.answers.map(
              (answer, index) =>
                new Api.PollAnswer({
                  text: text(answer.text),
                  option: answer.option ?? Buffer.from([index]),
                }),
            ),
            multipleChoice: input.multipleChoice || undefined,
            publicVoters: input.publicVoters || undefined,
            revotingDisabled: input.revotingDisabled || undefined,
            quiz: input.quiz ? true : undefined,
            closePeriod: input.closePeriod,
            closeDate: input.closeDate ? Math.floor(input.closeDate.getTime() / 1000) : undefined,
            hash: long(0),
          }),
          correctAnswers: input.quiz?.correctAnswers,
          solution: input.quiz?.solution,
          solutionEntities: input.quiz?.solution !== undefined ? [] : undefined,
        }),
      }),
    );
    const created = findPollMessage(answer);
    if (!created) throw new TelegramError({ code: 'NO_ANSWER', method: 'messages.sendMedia' });
    return toTelegramPoll(
      peer,
      created.msgId,
      created.media.poll as Api.Poll,
      created.media.results as Api.PollResults,
    );
  }

  /** getPollResults for users; bots (which may not call it) read the poll in its message. */
  async read(ref: TelegramPollRef): Promise<TelegramPoll> {
    if (!this.options.isBot) {
      const answer = await this.invoker.invoke(
        new Api.messages.GetPollResults({
          peer: this.inputPeer(ref.peer),
          msgId: ref.msgId,
          pollHash: long(0),
        }),
      );
      const update = findPollUpdate(answer);
      if (update?.poll)
        return toTelegramPoll(
          ref.peer,
          ref.msgId,
          update.poll as Api.Poll,
          update.results as Api.PollResults,
        );
    }
    return this.readMessage(ref);
  }

  /**
   * Many polls, in order; null for one this caller cannot see (MESSAGE_ID_INVALID and the like),
   * while other failures (flood waits, a lost connection) fail the whole read. Polls in basic groups
   * and private chats come from one messages.getMessages per 100 ids; the rest (channels, `min`
   * results) are read one by one as read() does.
   */
  async readMany(refs: readonly TelegramPollRef[]): Promise<Array<TelegramPoll | null>> {
    const found = await readPollMessages(this.invoker, refs);
    return Promise.all(
      refs.map(async (ref) => {
        const poll = batchable(ref) ? found.get(ref.msgId) : undefined;
        if (poll !== undefined) return poll;
        try {
          return await this.read(ref);
        } catch (err) {
          if (err instanceof TelegramError && NOT_VISIBLE.has(err.code)) return null;
          throw err;
        }
      }),
    );
  }

  async vote(ref: TelegramPollRef, optionIds: string[]): Promise<TelegramPoll> {
    const options = optionIds.map((id) => optionFromId(id));
    if (options.length === 0 || options.some((o) => o === null)) {
      throw new TelegramError({ code: 'OPTION_INVALID', method: 'messages.sendVote' });
    }
    return this.sendVote(ref, options as Buffer[]);
  }

  async retract(ref: TelegramPollRef): Promise<TelegramPoll> {
    return this.sendVote(ref, []);
  }

  /** Closing: editMessage with the same poll marked closed. Closing a closed poll is not an error. */
  async close(ref: TelegramPollRef): Promise<TelegramPoll> {
    const current = await this.readMessage(ref);
    if (current.closed) return current;
    const poll = new Api.Poll({
      id: long(BigInt(current.pollId)),
      closed: true,
      question: text(current.question),
      answers: current.answers.map(
        (a) => new Api.PollAnswer({ text: text(a.text), option: optionFromId(a.optionId)! }),
      ),
      multipleChoice: current.multipleChoice || undefined,
      publicVoters: current.publicVoters || undefined,
      revotingDisabled: current.revotingDisabled || undefined,
      quiz: current.quiz || undefined,
      hash: long(0),
    });
    try {
      const answer = await this.invoker.invoke(
        new Api.messages.EditMessage({
          peer: this.inputPeer(ref.peer),
          id: ref.msgId,
          media: new Api.InputMediaPoll({ poll }),
        }),
      );
      const update = findPollUpdate(answer);
      if (update?.poll)
        return toTelegramPoll(
          ref.peer,
          ref.msgId,
          update.poll as Api.Poll,
          update.results as Api.PollResults,
        );
      const edited = findPollMessage(answer);
      if (edited)
        return toTelegramPoll(
          ref.peer,
          edited.msgId,
          edited.media.poll as Api.Poll,
          edited.media.results as Api.PollResults,
        );
    } catch (err) {
      if (!(err instanceof TelegramError && err.code === 'MESSAGE_NOT_MODIFIED')) throw err;
    }
    return this.readMessage(ref);
  }

  async voters(
    ref: TelegramPollRef,
    page: { optionId?: string; offset?: string; limit: number },
  ): Promise<TelegramVoterPage> {
    this.refuseBot('messages.getPollVotes');
    const option = page.optionId === undefined ? undefined : optionFromId(page.optionId);
    if (option === null) throw new TelegramError({ code: 'OPTION_INVALID', method: 'messages.getPollVotes' });
    const list = await this.invoker.invoke(
      new Api.messages.GetPollVotes({
        peer: this.inputPeer(ref.peer),
        id: ref.msgId,
        option,
        offset: page.offset,
        limit: page.limit,
      }),
    );
    const votes = (list as Api.messages.VotesList).votes ?? [];
    const names = new Map<string, string>();
    for (const user of (list as Api.messages.VotesList).users ?? []) {
      if (user.className !== 'User') continue;
      const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
      if (name !== '') names.set(String(user.id), name);
    }
    return {
      count: (list as Api.messages.VotesList).count,
      voters: votes.map((vote) => {
        const v = vote as {
          className: string;
          peer: Api.TypePeer;
          date: number;
          option?: Buffer;
          options?: Buffer[];
        };
        const options = v.options ?? (v.option ? [v.option] : []);
        const peer = v.peer as Api.PeerUser;
        const name = names.get(String(peer.userId ?? ''));
        return {
          ...(name === undefined ? {} : { name }),
          userId: String(peer.userId ?? ''),
          optionIds: options.map((o) => optionToId(o)),
          date: new Date(v.date * 1000),
        };
      }),
      nextOffset: (list as Api.messages.VotesList).nextOffset ?? null,
    };
  }

  /**
   * A chat's poll messages, newest first, older than `before` (poll-history.ts): one messages.search
   * with the poll filter. User-only, as Telegram's search is (a bot session is refused without a call).
   */
  async pollMessages(peer: TelegramPeer, before: number | null, limit: number): Promise<PollMessagePage> {
    this.refuseBot('messages.search');
    return searchPollMessages(this.invoker, this.inputPeer(peer), peer, before, limit);
  }

  /** Who posted these polls, keyed by refKey (poll-history.ts); channel polls map to null without a call. */
  async authors(refs: readonly TelegramPollRef[]): Promise<Map<string, TelegramAuthor | null>> {
    return readPollAuthors(this.invoker, refs);
  }

  /** Chats by address as this session sees them (chats/chat-read.ts); null for one it cannot see. */
  async chats(peers: readonly TelegramPeer[]): Promise<Map<string, TelegramChat | null>> {
    const channelAccessHash = this.options.channelAccessHash;
    return readTelegramChats(this.invoker, peers, channelAccessHash ? { channelAccessHash } : {});
  }

  private async sendVote(ref: TelegramPollRef, options: Buffer[]): Promise<TelegramPoll> {
    this.refuseBot('messages.sendVote');
    const answer = await this.invoker.invoke(
      new Api.messages.SendVote({ peer: this.inputPeer(ref.peer), msgId: ref.msgId, options }),
    );
    const update = findPollUpdate(answer);
    if (update?.poll)
      return toTelegramPoll(ref.peer, ref.msgId, update.poll as Api.Poll, update.results as Api.PollResults);
    return this.read(ref);
  }

  /** The poll inside its message (messages.getMessages; basic groups and private chats). */
  private async readMessage(ref: TelegramPollRef): Promise<TelegramPoll> {
    const answer = await this.invoker.invoke(
      new Api.messages.GetMessages({ id: [new Api.InputMessageID({ id: ref.msgId })] }),
    );
    const message = ((answer as Api.messages.Messages).messages ?? []).find(
      (m): m is Api.Message =>
        m.className === 'Message' && m.id === ref.msgId && m.media?.className === 'MessageMediaPoll',
    );
    if (!message) throw new TelegramError({ code: 'MESSAGE_ID_INVALID', method: 'messages.getMessages' });
    const media = message.media as Api.MessageMediaPoll;
    return toTelegramPoll(ref.peer, ref.msgId, media.poll as Api.Poll, media.results as Api.PollResults);
  }

  private refuseBot(method: string): void {
    if (this.options.isBot) throw new TelegramError({ code: 'BOT_METHOD_INVALID', method });
  }
}
