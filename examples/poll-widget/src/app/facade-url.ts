/**
 * The facade's GraphQL URL, from `<meta name="facade-url">` in index.html. Configuration lives in
 * the page, not in the query string: a link must never be able to point the app (and the user's
 * token) at another server.
 */
export function facadeUrl(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="facade-url"]');
  return meta?.content || 'http://127.0.0.1:4000/graphql';
}
