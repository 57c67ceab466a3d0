/** `vote.Integration.Im.send` (docs/bitrix24-contract.md §6.1): create a poll and post it to a chat as the caller. */
import { randomBytes } from 'node:crypto';
import type { CallContext, MethodDefinition, Params } from '../core/method.js';
import { getParam, isMissing, toInt, toList, toObject, toStr } from '../core/params.js';
import type { EmPoll, EmPollQuestion } from '../store/state.js';
import { freshId, nextId } from '../store/state.js';
import { toAtom } from '../core/dates.js';
import { chatRole, isChatMember, postLevel, roleSatisfies } from '../chats/chat-access.js';
import { appendMessage } from '../chats/chat-history.js';
import { sendError } from './poll-errors.js';

const MAX_ANSWERS = 10;
/** With the switch on, attach ids come from their own range so they never equal a vote id. */
const DISTINCT_ATTACH_ID_START = 7001;

interface PollDraft {
  question: string;
  fieldType: 0 | 1;
  answers: string[];
  anonymity: 0 | 1;
  options: 0 | 1;
}

const emptyDraft = () => sendError(400, 'Please enter a question and answer options');
const saveFailed = () => sendError(400, 'Failed to save survey data. Please try again');

/** 0/1 flags; anything else cannot be stored (our choice: the save-failure error). */
function zeroOne(value: unknown): 0 | 1 {
  if (isMissing(value)) return 0;
  const n = toInt(value);
  if (n === 0 || n === 1) return n;
  throw saveFailed();
}

function readDraft(params: Params): PollDraft {
  const data = toObject(getParam(params, 'IM_MESSAGE_VOTE_DATA'));
  const questions = data ? toList(getParam(data, 'QUESTIONS')) : undefined;
  if (!data || !questions || questions.length === 0) throw emptyDraft();
  if (questions.length > 1) throw sendError(400, 'Maximum number of questions: 1');
  const question = toObject(questions[0]);
  const text = toStr(question ? getParam(question, 'QUESTION') : undefined)?.trim() ?? '';
  const answerList = question ? (toList(getParam(question, 'ANSWERS')) ?? []) : [];
  if (text === '' || answerList.length === 0) throw emptyDraft();
  const answers = answerList.map((answer) => {
    const answerObject = toObject(answer);
    return toStr(answerObject ? getParam(answerObject, 'MESSAGE') : undefined)?.trim() ?? '';
  });
  if (answers.some((answer) => answer === '')) throw emptyDraft();
  if (answers.length < 2) throw sendError(400, 'Minimum number of answers: 2');
  if (answers.length > MAX_ANSWERS) throw sendError(400, 'Maximum number of answers: 10');
  return {
    question: text,
    fieldType: zeroOne(question ? getParam(question, 'FIELD_TYPE') : undefined),
    answers,
    anonymity: zeroOne(getParam(data, 'ANONYMITY')),
    options: zeroOne(getParam(data, 'OPTIONS')),
  };
}

/**
 * Answer ids come from one portal-wide sequence, taking every other value, so a poll's answers
 * are 1, 3, 5 (as in the docs) and never contiguous: clients must not assume 1..n.
 */
function answerId(ctx: CallContext): number {
  const id = nextId(ctx.state, 'pollAnswer');
  nextId(ctx.state, 'pollAnswer');
  return id;
}

function buildQuestion(ctx: CallContext, draft: PollDraft): EmPollQuestion {
  return {
    id: nextId(ctx.state, 'pollQuestion'),
    text: draft.question,
    fieldType: draft.fieldType,
    sort: 10,
    answers: draft.answers.map((text, index) => ({ id: answerId(ctx), text, sort: (index + 1) * 10 })),
  };
}

function checkChat(params: Params, ctx: CallContext) {
  const chatId = toInt(getParam(params, 'chatId'));
  const chat = chatId === undefined ? undefined : ctx.state.chats.get(chatId);
  // docs/bitrix24-contract.md §6.1 UNSPEC: the documented example body, for an unknown chat or a caller outside it.
  if (!chat || !isChatMember(chat, ctx.user.id)) throw sendError(400, 'Access denied');
  // Polls belong to group chats; one-to-one dialogs and Open Channel chats cannot hold them (our choice).
  if (chat.kind === 'private' || chat.kind === 'openChannel') {
    throw sendError(403, 'Creating a survey is not available');
  }
  if (!roleSatisfies(chatRole(chat, ctx.user.id), postLevel(chat))) {
    throw sendError(403, 'Insufficient rights to create a survey');
  }
  return chat;
}

export const voteIntegrationImSend: MethodDefinition = {
  name: 'vote.Integration.Im.send',
  scopes: ['vote'],
  handler: (params, ctx) => {
    const chat = checkChat(params, ctx);
    const templateId = toStr(getParam(params, 'templateId')) ?? '';
    if (templateId !== '') {
      // docs/bitrix24-contract.md §10 #24: a retry with the same key returns the first result and creates nothing.
      for (const poll of ctx.state.polls.values()) {
        if (poll.templateId === templateId && poll.authorId === ctx.user.id) {
          return { result: { messageId: poll.messageId, voteId: poll.voteId } };
        }
      }
    }
    const draft = readDraft(params);
    const now = ctx.now();
    const voteId = nextId(ctx.state, 'vote');
    const attachId =
      !ctx.state.attachIdDiffersFromVoteId && !ctx.state.polls.has(voteId)
        ? voteId
        : freshId(ctx.state, 'voteAttach', ctx.state.polls, DISTINCT_ATTACH_ID_START);
    const question = buildQuestion(ctx, draft);
    const message = appendMessage(
      ctx.state,
      {
        chatId: chat.id,
        authorId: ctx.user.id,
        text: draft.question,
        params: { IM_VOTE: { ATTACH_ID: attachId, VOTE_ID: voteId } },
        source: 'poll',
      },
      now,
    );
    const poll: EmPoll = {
      attachId,
      voteId,
      messageId: message.id,
      chatId: chat.id,
      authorId: ctx.user.id,
      anonymity: draft.anonymity,
      options: draft.options,
      finished: false,
      questions: [question],
      ballots: {},
      eventIds: {},
      templateId: templateId === '' ? null : templateId,
      resultKey: randomBytes(8).toString('hex'),
      createdAt: toAtom(now),
      answerRowIds: {},
    };
    ctx.state.polls.set(attachId, poll);
    return { result: { messageId: message.id, voteId } };
  },
};
