/**
 * MTProto 2.0 message encryption, server side. teleproto's MTProtoState only encrypts as a client
 * (x = 0 outbound, x = 8 inbound); a server needs the mirror image (x = 0 to decrypt what the client
 * sent, x = 8 to encrypt what it receives), so the key derivation is ours. AES-256-IGE is teleproto's.
 */
import { createHash, randomFillSync } from 'node:crypto';
import { IGE } from 'teleproto/crypto/IGE.js';

/** Auth key id: the low 64 bits of SHA1(auth_key), as the 8 bytes that open every encrypted packet. */
export function authKeyId(authKey: Buffer): Buffer {
  return createHash('sha1').update(authKey).digest().subarray(12, 20);
}

function sha256(...parts: Buffer[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

function aesKeyIv(authKey: Buffer, msgKey: Buffer, x: 0 | 8): { key: Buffer; iv: Buffer } {
  const a = sha256(msgKey, authKey.subarray(x, x + 36));
  const b = sha256(authKey.subarray(40 + x, 76 + x), msgKey);
  return {
    key: Buffer.concat([a.subarray(0, 8), b.subarray(8, 24), a.subarray(24, 32)]),
    iv: Buffer.concat([b.subarray(0, 8), a.subarray(8, 24), b.subarray(24, 32)]),
  };
}

/** Decrypts a client packet body (auth_key_id already matched); null when msg_key does not verify. */
export function decryptFromClient(authKey: Buffer, packet: Buffer): Buffer | null {
  if (packet.length < 24 + 16 || (packet.length - 24) % 16 !== 0) return null;
  const msgKey = packet.subarray(8, 24);
  const { key, iv } = aesKeyIv(authKey, msgKey, 0);
  const plain = new IGE(key, iv).decryptIge(packet.subarray(24)) as Buffer;
  const expected = sha256(authKey.subarray(88, 120), plain).subarray(8, 24);
  return expected.equals(msgKey) ? Buffer.from(plain) : null;
}

/** Encrypts `plain` (salt, session id, message) for the client, padded with 12..27 random bytes. */
export function encryptToClient(authKey: Buffer, plain: Buffer): Buffer {
  const padLength = ((16 - ((plain.length + 12) % 16)) % 16) + 12;
  const padded = Buffer.concat([plain, randomFillSync(Buffer.alloc(padLength))]);
  const msgKey = sha256(authKey.subarray(96, 128), padded).subarray(8, 24);
  const { key, iv } = aesKeyIv(authKey, msgKey, 8);
  const encrypted = new IGE(key, iv).encryptIge(padded) as Buffer;
  return Buffer.concat([authKeyId(authKey), msgKey, encrypted]);
}
