/**
 * `fields.properties.avatar` checks for Bot.register: Base64 without a `data:` prefix, an image,
 * at most 5000×5000 px. The size is read from the headers of the formats that carry it simply.
 */
import { isMissing } from '../core/params.js';
import { botError } from './bot-errors.js';

const MAX_SIDE = 5000;

function imageSize(bytes: Buffer): { width: number; height: number } | null | undefined {
  const isPng = bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47;
  if (isPng) return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  const isGif = bytes.length >= 10 && bytes.toString('latin1', 0, 4) === 'GIF8';
  if (isGif) return { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) };
  const isJpeg = bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  const isWebp =
    bytes.length >= 12 &&
    bytes.toString('latin1', 0, 4) === 'RIFF' &&
    bytes.toString('latin1', 8, 12) === 'WEBP';
  const isBmp = bytes.length >= 2 && bytes.toString('latin1', 0, 2) === 'BM';
  // An image whose size we do not parse: accepted without the size check.
  if (isJpeg || isWebp || isBmp) return null;
  return undefined;
}

/** Throws BOT_AVATAR_INCORRECT_TYPE / _SIZE; returns nothing because avatars are not stored. */
export function checkAvatar(avatar: unknown): void {
  if (isMissing(avatar)) return;
  if (typeof avatar !== 'string' || avatar.startsWith('data:')) throw botError('BOT_AVATAR_INCORRECT_TYPE');
  const size = imageSize(Buffer.from(avatar, 'base64'));
  if (size === undefined) throw botError('BOT_AVATAR_INCORRECT_TYPE');
  if (size && (size.width > MAX_SIDE || size.height > MAX_SIDE)) throw botError('BOT_AVATAR_INCORRECT_SIZE');
}
