/** messages.sendMedia with inputMediaPoll: the documented checks, then a poll message in the chat. */
import { Api } from 'teleproto';
import { allocateMessageId, messageKey, type TgPoll, type TgPollAnswer } from '../store/state.js';
import { badRequest, RpcFailure, type RpcContext } from './context.js';
import { entitiesFor, resolvePeer, type Conversation } from './entities.js';
import { apiPollMessage } from './poll-view.js';

/** poll_answers_max: an app-config value on real Telegram; 10 is its long-standing default. */
export const POLL_ANSWERS_MAX = 10;
const QUESTION_MAX = 255;
const ANSWER_TEXT_MAX = 100;
const OPTION_BYTES_MAX = 100;

type InputAnswer = { className: string; text?: { text?: string }; option?: Buffer };

export function sendMedia(context: RpcContext, request: Api.AnyRequest): object {
  const call = request as Api.messages.SendMedia;
  const conversation = resolvePeer(context, call.peer);
  const media = call.media as Api.InputMediaPoll;
  if (media?.className !== 'InputMediaPoll') throw badRequest('MEDIA_INVALID');
  if (!conversation.posters.has(context.user.id)) throw new RpcFailure(403, 'CHAT_SEND_POLL_FORBIDDEN');
  const poll = media.poll as Api.Poll;
  const now = context.now();
  // Telegram deduplicates sends by random_id: a client resending after a lost answer gets the
  // message it created the first time, not a second poll
  const randomKey = `${context.user.id}:${String(call.randomId)}`;
  const earlier = context.state.randomIds.get(randomKey);
  const earlierPoll = earlier === undefined ? undefined : context.state.polls.get(earlier);
  if (earlierPoll) return pollMessageUpdates(context, earlierPoll, conversation, now);
  // teleproto reads an absent flags field as null
  const closePeriod = poll.closePeriod ?? undefined;
  const closeDate = poll.closeDate ?? undefined;

  const question = poll.question?.text?.trim() ?? '';
  if (question.length === 0 || question.length > QUESTION_MAX) throw badRequest('POLL_QUESTION_INVALID');
  const answers = readAnswers(poll.answers as unknown as InputAnswer[]);
  const correct = checkQuiz(poll, media.correctAnswers ?? [], answers.length);
  if (poll.publicVoters && conversation.kind === 'channel')
    throw badRequest('BROADCAST_PUBLIC_VOTERS_FORBIDDEN');
  // close_period and close_date are alternatives; a date must lie ahead
  if (closePeriod !== undefined && closeDate !== undefined) throw badRequest('MEDIA_INVALID');
  if (closePeriod !== undefined && !(closePeriod >= 5 && closePeriod <= 600))
    throw badRequest('MEDIA_INVALID');
  if (closeDate !== undefined && closeDate <= now) throw badRequest('MEDIA_INVALID');

  const msgId = allocateMessageId(context.state, conversation.key);
  const stored: TgPoll = {
    id: context.state.nextPollId++,
    peer: { kind: conversation.kind, id: conversation.id },
    msgId,
    creatorId: context.user.id,
    question,
    answers,
    multipleChoice: poll.multipleChoice === true,
    publicVoters: poll.publicVoters === true,
    revotingDisabled: poll.revotingDisabled === true,
    quiz: poll.quiz === true,
    // only subscribers vote in channel polls
    subscribersOnly: conversation.kind === 'channel',
    correct,
    solution: poll.quiz ? (media.solution ?? undefined) : undefined,
    closePeriod,
    closeDate: closePeriod !== undefined ? now + closePeriod : closeDate,
    closed: poll.closed === true,
    date: now,
    votes: new Map(),
  };
  context.state.polls.set(stored.id, stored);
  context.state.randomIds.set(randomKey, stored.id);
  context.state.messages.set(messageKey(conversation.key, msgId), {
    conversation: conversation.key,
    id: msgId,
    pollId: stored.id,
  });

  return pollMessageUpdates(context, stored, conversation, now);
}

function pollMessageUpdates(
  context: RpcContext,
  stored: TgPoll,
  conversation: Conversation,
  now: number,
): object {
  const message = apiPollMessage(stored, context.user.id, now);
  const update =
    conversation.kind === 'channel'
      ? new Api.UpdateNewChannelMessage({ message, pts: 0, ptsCount: 0 })
      : new Api.UpdateNewMessage({ message, pts: 0, ptsCount: 0 });
  const { users, chats } = entitiesFor(context.state, context.user.id, [context.user.id], conversation.chat);
  return new Api.Updates({ updates: [update], users, chats, date: now, seq: 0 });
}

/** Answers keep the client's option bytes; an answer given without them gets its index as one byte. */
function readAnswers(input: InputAnswer[] | undefined): TgPollAnswer[] {
  if (!input || input.length < 2 || input.length > POLL_ANSWERS_MAX) throw badRequest('POLL_ANSWERS_INVALID');
  const seen = new Set<string>();
  return input.map((answer, index) => {
    const text = answer.text?.text?.trim() ?? '';
    if (text.length === 0 || text.length > ANSWER_TEXT_MAX) throw badRequest('POLL_ANSWER_INVALID');
    const option =
      answer.className === 'PollAnswer' && answer.option ? Buffer.from(answer.option) : Buffer.from([index]);
    if (option.length === 0 || option.length > OPTION_BYTES_MAX) throw badRequest('POLL_OPTION_INVALID');
    const key = option.toString('hex');
    if (seen.has(key)) throw badRequest('POLL_OPTION_DUPLICATE');
    seen.add(key);
    return { text, option };
  });
}

/**
 * Quiz rules: at least one correct answer, each a valid 0-based index, only one unless the quiz is
 * multiple choice (correct_answers became a vector in layer 224, so QUIZ_MULTIPLE_INVALID, from
 * before that, is not produced). Correct answers on a non-quiz poll are refused too.
 */
function checkQuiz(poll: Api.Poll, correct: number[], answerCount: number): number[] {
  if (!poll.quiz) {
    if (correct.length > 0) throw badRequest('QUIZ_CORRECT_ANSWER_INVALID');
    return [];
  }
  if (correct.length === 0) throw badRequest('QUIZ_CORRECT_ANSWERS_EMPTY');
  if (correct.some((index) => !Number.isInteger(index) || index < 0 || index >= answerCount)) {
    throw badRequest('QUIZ_CORRECT_ANSWER_INVALID');
  }
  if (new Set(correct).size !== correct.length) throw badRequest('QUIZ_CORRECT_ANSWER_INVALID');
  if (!poll.multipleChoice && correct.length > 1) throw badRequest('QUIZ_CORRECT_ANSWERS_TOO_MUCH');
  return [...correct];
}
