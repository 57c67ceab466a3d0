/** An Apollo Client 4 (core, no React) talking to the facade over HTTP with the global fetch. */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { possibleTypes } from '../generated/possible-types.js';

export interface FacadeClientOptions {
  /** e.g. http://127.0.0.1:4000/graphql */
  url: string;
  /** the portal user's OAuth access token (or a dev token of the embedded emulator) */
  accessToken?: string;
  /** webhook mode: the operator's API key instead of a token */
  apiKey?: string;
}

export function createFacadeClient(options: FacadeClientOptions): ApolloClient {
  const headers: Record<string, string> = {};
  if (options.accessToken !== undefined) headers.authorization = `Bearer ${options.accessToken}`;
  if (options.apiKey !== undefined) headers['x-api-key'] = options.apiKey;
  return new ApolloClient({
    link: new HttpLink({ uri: options.url, headers, fetch }),
    // Union/interface members (generated), so `... on UserError { code message }` survives the cache.
    cache: new InMemoryCache({ possibleTypes }),
  });
}
