/**
 * Logging a session in by phone: auth.sendCode then auth.signIn binds the connection's key to the
 * account with that phone. Every seeded user's code is DEV_LOGIN_CODE; an account with a 2FA password
 * (user 5) answers the right code with 401 SESSION_PASSWORD_NEEDED and is finished by
 * auth.checkPassword (password.methods.ts). The key itself must exist already (this
 * server does no key exchange): POST /_emulator/sessions mints an unbound one.
 */
import { randomBytes } from 'node:crypto';
import { Api } from 'teleproto';
import { DEV_LOGIN_CODE } from '../store/default-seed.js';
import type { TgState } from '../store/state.js';
import { RpcFailure, badRequest } from './context.js';
import { apiUser } from './entities.js';

export function sendCode(state: TgState, sessionName: string, request: Api.AnyRequest): object {
  const phone = normalisePhone((request as Api.auth.SendCode).phoneNumber);
  if (![...state.users.values()].some((user) => user.phone === phone))
    throw badRequest('PHONE_NUMBER_INVALID');
  const phoneCodeHash = randomBytes(8).toString('hex');
  state.pendingLogins.set(sessionName, { phone, phoneCodeHash });
  return new Api.auth.SentCode({
    type: new Api.auth.SentCodeTypeApp({ length: DEV_LOGIN_CODE.length }),
    phoneCodeHash,
  });
}

export function signIn(state: TgState, sessionName: string, request: Api.AnyRequest): object {
  const call = request as Api.auth.SignIn;
  const pending = state.pendingLogins.get(sessionName);
  if (
    !pending ||
    pending.phoneCodeHash !== call.phoneCodeHash ||
    pending.phone !== normalisePhone(call.phoneNumber)
  ) {
    throw badRequest('PHONE_CODE_EXPIRED');
  }
  if (!call.phoneCode) throw badRequest('PHONE_CODE_EMPTY');
  if (call.phoneCode !== DEV_LOGIN_CODE) throw badRequest('PHONE_CODE_INVALID');
  const user = [...state.users.values()].find((u) => u.phone === pending.phone)!;
  if (user.password !== undefined) {
    pending.passwordUserId = user.id;
    throw new RpcFailure(401, 'SESSION_PASSWORD_NEEDED');
  }
  state.pendingLogins.delete(sessionName);
  state.keys.get(sessionName)!.userId = user.id;
  return new Api.auth.Authorization({ user: apiUser(user, user.id) });
}

function normalisePhone(phone: string): string {
  return `+${phone.replace(/\D/g, '')}`;
}
