/**
 * The server's brain, transport aside: the state, which connection belongs to which account, the
 * call log and faults, and the order of checks for every call (fault, authorisation, bot rule, method).
 */
import { randomBytes } from 'node:crypto';
import type { Api } from 'teleproto';
import { defaultState } from '../store/default-seed.js';
import { authKeyId } from '../transport/mtproto2.crypto.js';
import type { ClientConnection, RpcAnswer } from '../transport/connection.js';
import type { TgState } from '../store/state.js';
import { RpcFailure, type RpcContext } from '../methods/context.js';
import { AUTH_METHODS, METHODS, NO_AUTH_NEEDED, USER_ONLY, tlMethodName } from '../methods/registry.js';
import { config } from '../methods/session.methods.js';
import { CallLog } from './call-log.js';
import { Faults } from './faults.js';

export interface EngineOptions {
  /** Called for a method this server does not implement (the client gets 400 INPUT_METHOD_INVALID). */
  onUnknownMethod?: (method: string) => void;
  now?: () => number;
}

export class TelegramEngine {
  state: TgState = defaultState();
  readonly log = new CallLog();
  readonly faults = new Faults();
  readonly connections = new Set<ClientConnection>();
  port = 0;

  constructor(private readonly options: EngineOptions = {}) {}

  now(): number {
    return this.options.now ? this.options.now() : Math.floor(Date.now() / 1000);
  }

  reset(): void {
    this.state = defaultState();
    this.log.clear();
    this.faults.clear();
  }

  /** A fresh key bound to no account (what a key exchange would give a new client); returns its name. */
  mintKey(): { name: string; authKey: Buffer } {
    const name = `login-${this.state.keys.size + 1}-${randomBytes(3).toString('hex')}`;
    const authKey = randomBytes(256);
    this.state.keys.set(name, { name, authKey, userId: null });
    return { name, authKey };
  }

  /** auth_key_id (hex) -> key; keys are looked up per connection, so a reset keeps them valid. */
  lookupKey = (keyIdHex: string): { authKey: Buffer; sessionName: string } | undefined => {
    for (const key of this.state.keys.values()) {
      if (authKeyId(key.authKey).toString('hex') === keyIdHex)
        return { authKey: key.authKey, sessionName: key.name };
    }
    return undefined;
  };

  handle = async (connection: ClientConnection, request: Api.AnyRequest): Promise<RpcAnswer> => {
    const method = tlMethodName(request);
    const session = connection.sessionName ?? '?';
    const userId = this.state.keys.get(session)?.userId ?? null;
    const fault = this.faults.decide(method);
    if (fault.kind === 'error') {
      this.log.add({ method, session, userId, error: fault.message });
      return { error: { code: fault.code, message: fault.message } };
    }
    if (fault.kind === 'drop') {
      this.log.add({ method, session, userId, error: 'DROPPED' });
      return this.hangUp(connection);
    }
    const answer = this.answer(connection, method, request, userId);
    const error = 'error' in answer ? { error: answer.error.message } : {};
    if (fault.kind === 'commitThenDrop') {
      this.log.add({ method, session, userId, ...error, dropped: true });
      return this.hangUp(connection);
    }
    this.log.add({ method, session, userId, ...error });
    return answer;
  };

  private answer(
    connection: ClientConnection,
    method: string,
    request: Api.AnyRequest,
    userId: number | null,
  ): RpcAnswer {
    if (method === 'help.getConfig') return { ok: config(this.port, this.now()) };
    const login = AUTH_METHODS.get(method);
    if (login) return this.run(() => login(this.state, connection.sessionName ?? '', request));
    const user = userId === null ? undefined : this.state.users.get(userId);
    if (!user && !NO_AUTH_NEEDED.has(method))
      return { error: { code: 401, message: 'AUTH_KEY_UNREGISTERED' } };
    const handler = METHODS.get(method);
    if (!handler || !user) {
      this.options.onUnknownMethod?.(method);
      return { error: { code: 400, message: 'INPUT_METHOD_INVALID' } };
    }
    if (user.bot && USER_ONLY.has(method)) return { error: { code: 400, message: 'BOT_METHOD_INVALID' } };
    const context: RpcContext = {
      state: this.state,
      user,
      now: () => this.now(),
      push: (userIds, build) => this.push(connection, userIds, build),
    };
    return this.run(() => handler(context, request));
  }

  private run(call: () => object): RpcAnswer {
    try {
      return { ok: call() };
    } catch (err) {
      if (err instanceof RpcFailure) return { error: { code: err.errorCode, message: err.errorMessage } };
      return { error: { code: 500, message: 'INTERNAL' } };
    }
  }

  /** Closes the connection; the call is never answered. */
  private hangUp(connection: ClientConnection): Promise<RpcAnswer> {
    connection.close();
    return new Promise(() => undefined);
  }

  private push(
    origin: ClientConnection,
    userIds: Iterable<number>,
    build: (userId: number) => Api.TypeUpdates,
  ): void {
    const wanted = new Set(userIds);
    for (const connection of this.connections) {
      if (connection === origin || !connection.open) continue;
      const userId = this.state.keys.get(connection.sessionName ?? '')?.userId;
      if (userId === undefined || userId === null || !wanted.has(userId)) continue;
      connection.push(build(userId) as unknown as { getBytes(): Buffer });
    }
  }
}
