/** Relay windows over the portal's (size, page) voter pages, and the voter cursors. */
import { pageCovering } from '../../../src/polls/voter-window.js';
import { offsetOfCursor, userConnection, voterCursor } from '../../../src/polls/poll-voter.types.js';

describe('pageCovering', () => {
  it('uses `first` as the page size when the offset is aligned (cursors from our own pages)', () => {
    expect(pageCovering(0, 10)).toEqual({ pageSize: 10, page: 1 });
    expect(pageCovering(30, 10)).toEqual({ pageSize: 10, page: 4 });
  });

  it('always returns one page that covers the whole window', () => {
    for (let offset = 0; offset < 60; offset++) {
      for (const first of [1, 3, 7, 10]) {
        const { pageSize, page } = pageCovering(offset, first);
        const start = (page - 1) * pageSize;
        expect(start).toBeLessThanOrEqual(offset);
        expect(start + pageSize).toBeGreaterThanOrEqual(offset + first);
      }
    }
  });
});

describe('voter cursors and connections', () => {
  it('round-trips offsets and rejects foreign cursors', () => {
    expect(offsetOfCursor(voterCursor(42))).toBe(42);
    expect(offsetOfCursor(Buffer.from('b24:Poll:1').toString('base64'))).toBeNull();
  });

  it('builds pageInfo from the window and the total', () => {
    const voter = { id: 2, name: 'B', imageUrl: null, workPosition: null };
    const middle = userConnection([voter], 3, 5);
    expect(middle.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(offsetOfCursor(middle.pageInfo.endCursor!)).toBe(4);
    const hidden = userConnection([], 0, 0, true);
    expect(hidden).toMatchObject({
      hidden: true,
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false },
    });
  });
});
