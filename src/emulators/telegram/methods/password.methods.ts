/**
 * Two-step verification (the 2FA password) the way Telegram checks it: after auth.signIn answers 401
 * SESSION_PASSWORD_NEEDED, the client fetches the SRP parameters (account.getPassword) and proves it
 * knows the password without sending it (auth.checkPassword with A and M1). This is the server half
 * of Telegram's SRP-2048 scheme (algorithm
 * passwordKdfAlgoSHA256SHA256PBKDF2HMACSHA512iter100000SHA256ModPow), written here because no npm
 * package implements the server side; the client half is teleproto's own computeCheck.
 */
import { createHash, pbkdf2Sync, randomBytes } from 'node:crypto';
import { Api } from 'teleproto';
import { returnBigInt } from 'teleproto/Helpers.js';
import type { TgState } from '../store/state.js';
import { RpcFailure } from './context.js';
import { apiUser } from './entities.js';

/** The 2048-bit safe prime Telegram serves (the only one clients accept), with generator 3. */
const P_HEX =
  'c71caeb9c6b1c9048e6c522f70f13f73980d40238e3e21c14934d037563d930f48198a0aa7c14058229493d22530f4dbfa336f6e0ac925139543aed44cce7c3720fd51f69458705ac68cd4fe6b6b13abdc9746512969328454f18faf8c595f642477fe96bb2a941d5bcd1d4ac8cc49880708fa9b378e3c4f3a9060bee67cf9a4a4a695811051907e162753b56b0f6b410dba74d8a84b2a14b3144e0ef1284754fd17ed950d5965b4b9dd46582db1178d169c6bc465b0d6ff9ca3928fef5b9ae4e418fc15e83ebea0f87fa9ff5eed70050ded2849f47bf959d956850ce929851f0d8115f635b105ee2e4e15d04b2454bf6f4fadf034b10403119cd8e3b92fcc5b';
const P = BigInt(`0x${P_HEX}`);
const G = 3n;
const SALT1 = Buffer.from('emulator-salt-1-'.repeat(2));
const SALT2 = Buffer.from('emulator-salt-2-');

const sha256 = (...parts: Buffer[]): Buffer => createHash('sha256').update(Buffer.concat(parts)).digest();
const toBig = (bytes: Buffer): bigint => BigInt(`0x${bytes.toString('hex') || '0'}`);
const pad256 = (value: bigint): Buffer => Buffer.from(value.toString(16).padStart(512, '0'), 'hex');

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

/** x = PH2(password, salt1, salt2), as the client computes it. */
function passwordHash(password: string): bigint {
  const hash1 = sha256(SALT1, Buffer.from(password, 'utf8'), SALT1);
  const hash2 = sha256(SALT2, hash1, SALT2);
  const hash3 = pbkdf2Sync(hash2, SALT1, 100_000, 64, 'sha512');
  return toBig(sha256(SALT2, hash3, SALT2));
}

const k = toBig(sha256(pad256(P), pad256(G)));

export interface PasswordChallenge {
  srpId: bigint;
  b: bigint;
  B: bigint;
  v: bigint;
}

/** account.getPassword during a login that needs the password: a fresh SRP challenge. */
export function getPassword(state: TgState, sessionName: string): object {
  const pending = state.pendingLogins.get(sessionName);
  const user = pending?.passwordUserId === undefined ? undefined : state.users.get(pending.passwordUserId);
  if (!pending || !user?.password) {
    return new Api.account.Password({
      newAlgo: new Api.PasswordKdfAlgoUnknown(),
      newSecureAlgo: new Api.SecurePasswordKdfAlgoUnknown(),
      secureRandom: randomBytes(32),
    });
  }
  const v = modPow(G, passwordHash(user.password), P);
  let b: bigint;
  let B: bigint;
  do {
    b = toBig(randomBytes(256));
    B = (k * v + modPow(G, b, P)) % P;
  } while (B <= 0n);
  const srpId = toBig(randomBytes(7));
  pending.challenge = { srpId, b, B, v };
  return new Api.account.Password({
    hasPassword: true,
    currentAlgo: new Api.PasswordKdfAlgoSHA256SHA256PBKDF2HMACSHA512iter100000SHA256ModPow({
      salt1: SALT1,
      salt2: SALT2,
      g: Number(G),
      p: Buffer.from(P_HEX, 'hex'),
    }),
    srp_B: pad256(B),
    srpId: returnBigInt(srpId.toString()),
    hint: user.passwordHint,
    newAlgo: new Api.PasswordKdfAlgoUnknown(),
    newSecureAlgo: new Api.SecurePasswordKdfAlgoUnknown(),
    secureRandom: randomBytes(32),
  });
}

/** auth.checkPassword: M1 must match what a client knowing the password computes. */
export function checkPassword(state: TgState, sessionName: string, request: Api.AnyRequest): object {
  const pending = state.pendingLogins.get(sessionName);
  const challenge = pending?.challenge;
  const check = (request as Api.auth.CheckPassword).password;
  if (!pending || pending.passwordUserId === undefined || !challenge) throw failure(400, 'SRP_ID_INVALID');
  if (check.className !== 'InputCheckPasswordSRP') throw failure(400, 'PASSWORD_HASH_INVALID');
  const srp = check as Api.InputCheckPasswordSRP;
  if (BigInt(String(srp.srpId)) !== challenge.srpId) throw failure(400, 'SRP_ID_INVALID');
  const A = toBig(srp.A);
  if (A <= 0n || A >= P) throw failure(400, 'SRP_A_INVALID');
  const u = toBig(sha256(pad256(A), pad256(challenge.B)));
  const S = modPow(A * modPow(challenge.v, u, P), challenge.b, P);
  const K = sha256(pad256(S));
  const hp = sha256(pad256(P));
  const hg = sha256(pad256(G));
  const pg = Buffer.from(hp.map((byte, i) => byte ^ hg[i]!));
  const expected = sha256(pg, sha256(SALT1), sha256(SALT2), pad256(A), pad256(challenge.B), K);
  // a challenge is good for one attempt, as Telegram's srp_id is
  delete pending.challenge;
  if (!expected.equals(Buffer.from(srp.M1))) throw failure(400, 'PASSWORD_HASH_INVALID');
  const user = state.users.get(pending.passwordUserId)!;
  state.pendingLogins.delete(sessionName);
  state.keys.get(sessionName)!.userId = user.id;
  return new Api.auth.Authorization({ user: apiUser(user, user.id) });
}

function failure(code: number, message: string): RpcFailure {
  return new RpcFailure(code, message);
}
