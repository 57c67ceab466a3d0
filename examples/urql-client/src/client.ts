/**
 * An urql client of the facade with urql's defaults: queries go out as GET (within the URL length
 * limit), mutations as POST. The facade accepts those GETs because they carry the Authorization
 * header, which a browser only sends cross-site after a CORS preflight.
 */
import { Client, cacheExchange, fetchExchange } from '@urql/core';

export interface UrqlClientOptions {
  /** e.g. http://127.0.0.1:4000/graphql */
  url: string;
  /** the portal user's OAuth access token, or a dev token of the embedded emulator */
  token: string;
  /** default: the global fetch */
  fetch?: typeof fetch;
}

export function createUrqlClient({ url, token, fetch: fetchFn }: UrqlClientOptions): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
    ...(fetchFn ? { fetch: fetchFn } : {}),
  });
}
