/**
 * `signedAttachId` = `"{attachId}.{64 hex}"`: an HMAC-SHA256 of the attach id under a secret that
 * belongs to one emulator state (a restart or reset invalidates old signatures, as a new portal
 * secret would). Signatures are verified on input; a forged or mangled one addresses nothing.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EmulatorState } from '../store/state.js';

const secrets = new WeakMap<EmulatorState, Buffer>();

function secretOf(state: EmulatorState): Buffer {
  let secret = secrets.get(state);
  if (!secret) {
    secret = randomBytes(32);
    secrets.set(state, secret);
  }
  return secret;
}

function mac(state: EmulatorState, attachId: number): string {
  return createHmac('sha256', secretOf(state)).update(String(attachId)).digest('hex');
}

export function signAttachId(state: EmulatorState, attachId: number): string {
  return `${attachId}.${mac(state, attachId)}`;
}

/** The attach id a signed value carries, or undefined when the format or the signature is wrong. */
export function verifySignedAttachId(state: EmulatorState, signed: string): number | undefined {
  const match = /^(\d+)\.([0-9a-f]{64})$/.exec(signed.trim());
  if (!match) return undefined;
  const attachId = Number(match[1]);
  const expected = Buffer.from(mac(state, attachId), 'hex');
  const given = Buffer.from(match[2] ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? attachId : undefined;
}
