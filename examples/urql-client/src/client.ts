/**
 * An urql client of the facade with urql's defaults: queries go out as GET (within the URL length
 * limit), mutations as POST. The facade accepts those GETs because they carry the Authorization
 * header, which a browser only sends cross-site after a CORS preflight. Subscriptions (live poll
 * results) go over one graphql-ws socket at the same URL, authenticated in its connectionParams.
 */
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient, type Client as WsClient } from 'graphql-ws';

export interface UrqlClientOptions {
  /** e.g. http://127.0.0.1:4000/graphql */
  url: string;
  /** the portal user's OAuth access token, or a dev token of the embedded emulator */
  token: string;
  /** default: the global fetch */
  fetch?: typeof fetch;
  /** default: the global WebSocket (browsers, Node 22+); on Node 20 pass the `ws` package's */
  webSocketImpl?: unknown;
}

export interface UrqlFacadeClient {
  client: Client;
  /** the subscription socket: dispose() it when done (it also reconnects by itself after a drop) */
  ws: WsClient;
}

export function createUrqlClient({
  url,
  token,
  fetch: fetchFn,
  webSocketImpl,
}: UrqlClientOptions): UrqlFacadeClient {
  const ws = createClient({
    url: url.replace(/^http/, 'ws'),
    connectionParams: { Authorization: `Bearer ${token}` },
    ...(webSocketImpl ? { webSocketImpl } : {}),
  });
  const client = new Client({
    url,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
    ...(fetchFn ? { fetch: fetchFn } : {}),
  });
  return { client, ws };
}
