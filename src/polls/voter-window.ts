/**
 * The portal pages by (size, page number); a Relay window is (offset, first). The smallest page
 * size ≥ first whose one page covers the whole window (offsets from our own cursors are multiples
 * of `first`, so that is `first` itself in the common case).
 */
export function pageCovering(offset: number, first: number): { pageSize: number; page: number } {
  for (let size = first; ; size++) {
    const page = Math.floor(offset / size);
    if (Math.floor((offset + first - 1) / size) === page) return { pageSize: size, page: page + 1 };
  }
}
