/**
 * REST URL forms (docs/bitrix24-contract.md §1.1): webhook `/rest/<userId>/<code>/<method>` and OAuth
 * `/rest/<method>` (token in `auth`). Returns null for paths that are not REST calls.
 */
export type RestRoute =
  { kind: 'webhook'; userId: number; code: string; rawMethod: string } | { kind: 'oauth'; rawMethod: string };

export function parseRestPath(pathname: string): RestRoute | null {
  if (!pathname.startsWith('/rest/')) return null;
  let segments: string[];
  try {
    segments = pathname.slice('/rest/'.length).split('/').map(decodeURIComponent);
  } catch {
    return null;
  }
  while (segments.length > 0 && segments[segments.length - 1] === '') segments.pop(); // `method/`
  const [first, second, ...rest] = segments;
  if (first !== undefined && /^\d+$/.test(first) && second !== undefined && rest.length > 0) {
    return { kind: 'webhook', userId: Number(first), code: second, rawMethod: rest.join('/') };
  }
  if (segments.length === 1 && first) return { kind: 'oauth', rawMethod: first };
  return null;
}
