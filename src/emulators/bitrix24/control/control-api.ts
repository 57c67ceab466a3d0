/**
 * `/_emulator/*`: test and benchmark controls that the real portal does not have. JSON in and out.
 */
import type { Engine, LimitsConfig } from '../core/engine.js';
import { EmulatorError, errorBody } from '../core/emulator-error.js';
import { toInt } from '../core/params.js';
import { ACCESS_TOKEN_TTL_SECONDS, mintToken } from '../core/tokens.js';
import { DEFAULT_APP_CLIENT_ID } from '../store/default-seed.js';
import { sharedControl } from '../../control-routes.js';

export interface ControlAnswer {
  status: number;
  json: unknown;
}

const bad = (message: string): EmulatorError => new EmulatorError(400, 'INVALID_REQUEST', message);
const notFound = (): EmulatorError => new EmulatorError(404, 'NOT_FOUND', 'Unknown /_emulator/ endpoint');

function asObject(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw bad('the body must be a JSON object');
  return body as Record<string, unknown>;
}

const LIMIT_FIELDS: Record<keyof LimitsConfig, 'boolean' | 'number'> = {
  enabled: 'boolean',
  burst: 'number',
  drainPerSecond: 'number',
  operatingLimitSeconds: 'number',
  operatingCostMs: 'number',
};

function readLimitsPatch(body: Record<string, unknown>): Partial<LimitsConfig> {
  const patch: Record<string, unknown> = {};
  for (const [field, type] of Object.entries(LIMIT_FIELDS)) {
    const value = body[field];
    if (value === undefined) continue;
    if (typeof value !== type || (type === 'number' && !((value as number) >= 0))) {
      throw bad(`${field} must be a ${type === 'number' ? 'non-negative number' : 'boolean'}`);
    }
    patch[field] = value;
  }
  return patch as Partial<LimitsConfig>;
}

export function answerControl(
  engine: Engine,
  method: string,
  path: string,
  query: URLSearchParams,
  body: unknown,
): ControlAnswer {
  try {
    return { status: 200, json: route(engine, method, path, query, body) };
  } catch (err) {
    const e = err instanceof EmulatorError ? err : bad((err as Error).message);
    return { status: e.status, json: errorBody(e) };
  }
}

function route(engine: Engine, method: string, path: string, query: URLSearchParams, body: unknown): unknown {
  const endpoint = `${method} ${path.replace(/\/+$/, '')}`;
  switch (endpoint) {
    case 'GET /_emulator/health':
      return { ok: true };
    case 'GET /_emulator/stats':
      return { httpRequests: engine.log.httpRequests, calls: engine.log.list().length };
    case 'GET /_emulator/limits':
      return engine.limits;
    case 'POST /_emulator/limits':
      return engine.setLimits(readLimitsPatch(asObject(body)));
    case 'POST /_emulator/tokens':
      return mintForTest(engine, asObject(body));
    case 'POST /_emulator/tokens/expire':
      return expireForTest(engine, asObject(body));
    case 'POST /_emulator/state/polls/delete':
      return deletePollForTest(engine, asObject(body));
    case 'GET /_emulator/state/messages':
      return messagesOf(engine, query);
    default: {
      const answer = sharedControl(engine, endpoint, body);
      if (answer === undefined) throw notFound();
      return answer;
    }
  }
}

function mintForTest(engine: Engine, body: Record<string, unknown>): unknown {
  const userId = toInt(body.userId);
  if (userId === undefined || !engine.state.users.has(userId))
    throw bad('userId must be an existing user id');
  const clientId = body.clientId === undefined ? DEFAULT_APP_CLIENT_ID : body.clientId;
  const app = typeof clientId === 'string' ? engine.state.apps.get(clientId) : undefined;
  if (!app) throw bad('clientId must name an installed app');
  const scopes = body.scopes === undefined ? app.scopes : body.scopes;
  if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string'))
    throw bad('scopes must be strings');
  const expires = body.expiresInSeconds === undefined ? ACCESS_TOKEN_TTL_SECONDS : body.expiresInSeconds;
  if (typeof expires !== 'number')
    throw bad('expiresInSeconds must be a number (0 or less = already expired)');
  const token = mintToken(engine.state, {
    userId,
    clientId: app.clientId,
    scopes,
    expiresInSeconds: expires,
  });
  return { accessToken: token.accessToken, refreshToken: token.refreshToken, expiresAt: token.expiresAt };
}

/** Ends an access token's life now (tests of what happens when a token runs out mid-use). */
function expireForTest(engine: Engine, body: Record<string, unknown>): unknown {
  const token = typeof body.accessToken === 'string' ? engine.state.tokens.get(body.accessToken) : undefined;
  if (token === undefined) throw bad('accessToken must name an issued access token');
  token.expiresAt = 0;
  return { expired: true };
}

/** Removes a chat message's poll, as if its message had been deleted with it (tests of gone polls). */
function deletePollForTest(engine: Engine, body: Record<string, unknown>): unknown {
  const messageId = toInt(body.messageId);
  const poll = [...engine.state.polls.values()].find((p) => p.messageId === messageId);
  if (poll === undefined) throw bad('messageId must name a chat message with a poll');
  engine.state.polls.delete(poll.attachId);
  return { deleted: true };
}

function messagesOf(engine: Engine, query: URLSearchParams): unknown {
  const chatId = toInt(query.get('chatId') ?? undefined);
  if (chatId === undefined) throw bad('chatId query parameter is required');
  const messages = [...engine.state.messages.values()]
    .filter((m) => m.chatId === chatId)
    .sort((a, b) => a.id - b.id);
  return { chatId, messages };
}
