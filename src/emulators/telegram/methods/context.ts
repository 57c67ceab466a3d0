/** What a method handler gets, and the one way it refuses a call (an rpc_error). */
import type { Api } from 'teleproto';
import type { TgState, TgUser } from '../store/state.js';

export class RpcFailure extends Error {
  constructor(
    readonly errorCode: number,
    readonly errorMessage: string,
  ) {
    super(`${errorCode} ${errorMessage}`);
  }
}

export const badRequest = (message: string): RpcFailure => new RpcFailure(400, message);

export interface RpcContext {
  state: TgState;
  /** The account the session's key is bound to. */
  user: TgUser;
  /** Unix seconds, from the server's clock (tests may pin it). */
  now(): number;
  /** Sends each listed account's own view (`build(userId)`) to its open connections, except the caller's. */
  push(userIds: Iterable<number>, build: (userId: number) => Api.TypeUpdates): void;
}

export type MethodHandler = (context: RpcContext, request: Api.AnyRequest) => object;
