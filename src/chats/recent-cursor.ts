/**
 * Cursors of `recentChats`. `im.recent.list` pages by OFFSET, and offsets shift when a dialog gets
 * new activity between two page requests: the entry at the end of one page then comes back at the
 * start of the next. A cursor therefore remembers, besides the offset, the activity time of the
 * last entry delivered and the dialogs delivered with exactly that time; a later page leaves out
 * every entry newer than that time (it was delivered before it moved) and those tied dialogs.
 *
 * Encoded as base64url JSON, so clients treat it as opaque.
 */
export interface RecentCursor {
  /** OFFSET of the next portal entry to read */
  offset: number;
  /** activity time (ms since epoch) of the last delivered entry; null when unknown */
  lastTime: number | null;
  /** dialog ids delivered with exactly `lastTime` (bounded) */
  tied: string[];
}

/** Bounds the cursor's size; beyond this many dialogs with the same time a duplicate may slip through. */
export const MAX_TIED_IDS = 50;

interface Wire {
  o: number;
  d: number | null;
  t: string[];
}

export function encodeRecentCursor(cursor: RecentCursor): string {
  const wire: Wire = { o: cursor.offset, d: cursor.lastTime, t: cursor.tied.slice(-MAX_TIED_IDS) };
  return Buffer.from(JSON.stringify(wire), 'utf8').toString('base64url');
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** The cursor, or null when `value` is not one of ours. */
export function decodeRecentCursor(value: string): RecentCursor | null {
  if (!/^[A-Za-z0-9_-]{1,4096}$/.test(value)) return null;
  let wire: unknown;
  try {
    wire = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!wire || typeof wire !== 'object') return null;
  const { o, d, t } = wire as Partial<Wire>;
  if (!isCount(o)) return null;
  if (d !== null && !(typeof d === 'number' && Number.isFinite(d))) return null;
  if (!Array.isArray(t) || t.length > MAX_TIED_IDS || !t.every((id) => typeof id === 'string')) return null;
  return { offset: o, lastTime: d, tied: t };
}

export const FIRST_PAGE: RecentCursor = { offset: 0, lastTime: null, tied: [] };
