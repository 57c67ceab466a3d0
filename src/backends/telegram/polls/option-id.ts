/**
 * Poll answer option bytes as ids: Telegram's `option` is 1..100 arbitrary bytes (not necessarily
 * UTF-8), so they travel as unpadded base64url, which round-trips every byte.
 */
export function optionToId(option: Buffer | Uint8Array): string {
  return Buffer.from(option).toString('base64url');
}

/** The bytes of an option id, or null when it is not canonical base64url of 1..100 bytes. */
export function optionFromId(id: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const bytes = Buffer.from(id, 'base64url');
  if (bytes.length < 1 || bytes.length > 100 || bytes.toString('base64url') !== id) return null;
  return bytes;
}
