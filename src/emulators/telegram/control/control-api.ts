/**
 * `/_emulator/*` of the embedded Telegram server: test controls a real Telegram does not have, in the
 * same shape as the Bitrix24 emulator's (call log, reset, faults) plus the state of a poll. JSON.
 */
import type { TelegramEngine } from '../core/engine.js';
import { FaultError } from '../core/faults.js';
import { sharedControl } from '../../control-routes.js';
import { sessionString } from '../sessions.js';
import { messageKey, type TgPoll } from '../store/state.js';

export interface ControlAnswer {
  status: number;
  json: unknown;
}

export async function answerControl(
  engine: TelegramEngine,
  method: string,
  url: URL,
  body: unknown,
): Promise<ControlAnswer> {
  try {
    const json = await route(engine, `${method} ${url.pathname.replace(/\/+$/, '')}`, url.searchParams, body);
    return json === undefined ? { status: 404, json: { error: 'NOT_FOUND' } } : { status: 200, json };
  } catch (err) {
    if (err instanceof FaultError)
      return { status: 400, json: { error: 'INVALID_REQUEST', message: err.message } };
    throw err;
  }
}

async function route(
  engine: TelegramEngine,
  endpoint: string,
  query: URLSearchParams,
  body: unknown,
): Promise<unknown> {
  switch (endpoint) {
    case 'POST /_emulator/sessions': {
      // a new key bound to no account, to log in with (this server does no key exchange)
      const { name, authKey } = engine.mintKey();
      return { name, session: await sessionString(authKey, engine.port) };
    }
    case 'GET /_emulator/health':
      return { ok: true, port: engine.port };
    case 'GET /_emulator/state/poll':
      return pollState(engine, query);
    default:
      return sharedControl(engine, endpoint, body);
  }
}

/** `?peer=chat:1&msgId=3` (peer as `chat:N`, `channel:N` or `user:A:B`) or `?pollId=...`. */
function pollState(engine: TelegramEngine, query: URLSearchParams): unknown {
  let poll: TgPoll | undefined;
  const pollId = query.get('pollId');
  if (pollId !== null && /^\d+$/.test(pollId)) poll = engine.state.polls.get(BigInt(pollId));
  else {
    const message = engine.state.messages.get(
      messageKey(query.get('peer') ?? '', Number(query.get('msgId'))),
    );
    poll = message ? engine.state.polls.get(message.pollId) : undefined;
  }
  if (!poll) return { poll: null };
  return {
    poll: {
      id: poll.id.toString(),
      peer: poll.peer,
      msgId: poll.msgId,
      creatorId: poll.creatorId,
      question: poll.question,
      answers: poll.answers.map((a) => ({ text: a.text, optionHex: a.option.toString('hex') })),
      flags: {
        multipleChoice: poll.multipleChoice,
        publicVoters: poll.publicVoters,
        revotingDisabled: poll.revotingDisabled,
        quiz: poll.quiz,
        subscribersOnly: poll.subscribersOnly,
      },
      correct: poll.correct,
      closed: poll.closed,
      closeDate: poll.closeDate ?? null,
      votes: [...poll.votes.entries()].map(([userId, ballot]) => ({ userId, options: ballot.options })),
    },
  };
}
