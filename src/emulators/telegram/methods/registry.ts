/** TL method name -> handler, and which methods a bot account may not call. */
import type { Api } from 'teleproto';
import type { MethodHandler } from './context.js';
import type { TgState } from '../store/state.js';
import { sendCode, signIn } from './auth.methods.js';
import { checkPassword, getPassword } from './password.methods.js';
import { sendMedia } from './poll-create.js';
import { sendVote } from './poll-vote.js';
import { getMessages, getPollResults } from './poll-read.js';
import { getPollVotes } from './poll-votes.js';
import { editMessage } from './poll-close.js';
import { getState, getUsers } from './session.methods.js';
import { getHistory, search } from './history.js';
import { getChannels, getChats } from './chat-read.js';

export const METHODS: ReadonlyMap<string, MethodHandler> = new Map<string, MethodHandler>([
  ['messages.sendMedia', sendMedia],
  ['messages.sendVote', sendVote],
  ['messages.getPollResults', getPollResults],
  ['messages.getPollVotes', getPollVotes],
  ['messages.editMessage', editMessage],
  ['messages.getMessages', getMessages],
  ['updates.getState', (context) => getState(context)],
  ['users.getUsers', getUsers],
  ['messages.search', search],
  ['messages.getHistory', getHistory],
  ['messages.getChats', getChats],
  ['channels.getChannels', getChannels],
]);

/** User-only methods: a bot session gets 400 BOT_METHOD_INVALID (Telegram's method pages say "users only"). */
export const USER_ONLY = new Set([
  'messages.sendVote',
  'messages.getPollResults',
  'messages.getPollVotes',
  'messages.search',
  'messages.getHistory',
]);

/** Login methods: they act on the connection's key, bound to an account or not. */
export const AUTH_METHODS: ReadonlyMap<
  string,
  (state: TgState, sessionName: string, request: Api.AnyRequest) => object
> = new Map([
  ['auth.sendCode', sendCode],
  ['auth.signIn', signIn],
  ['account.getPassword', (state, sessionName) => getPassword(state, sessionName)],
  ['auth.checkPassword', checkPassword],
]);

/** Methods that answer without an authorised account (the rest give 401 AUTH_KEY_UNREGISTERED). */
export const NO_AUTH_NEEDED = new Set(['help.getConfig', ...AUTH_METHODS.keys()]);

/** `messages.SendVote` (teleproto's className) -> `messages.sendVote` (the TL method name). */
export function tlMethodName(request: Api.AnyRequest): string {
  const name = request.className;
  const dot = name.lastIndexOf('.');
  const head = name.slice(0, dot + 1);
  const tail = name.slice(dot + 1);
  return head + tail.charAt(0).toLowerCase() + tail.slice(1);
}
