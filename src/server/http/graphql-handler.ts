/**
 * node:http <-> Apollo Server 5 (`executeHTTPGraphQLRequest`); Apollo 5 ships no HTTP framework
 * integration, and owning this lets us cap the body size before anything is buffered.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLContext } from '../context.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import { sendJson } from './respond.js';

export function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function isJson(contentType: string | undefined): boolean {
  return contentType !== undefined && /^application\/(graphql-response\+)?json\b/i.test(contentType.trim());
}

/** Parses a JSON body (once per request); `undefined` lets Apollo answer with its own 400 for a bad body. */
function parseBody(raw: string, contentType: string | undefined): unknown {
  if (!isJson(contentType)) return raw === '' ? undefined : raw;
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

export interface GraphQLHandlerOptions {
  apollo: ApolloServer<GraphQLContext>;
  maxBodyBytes: number;
  context: (headers: HeaderMap) => Promise<GraphQLContext>;
}

export async function handleGraphQL(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  options: GraphQLHandlerOptions,
): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  let raw = '';
  if (method !== 'GET' && method !== 'HEAD') {
    try {
      raw = await readBody(req, options.maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      res.setHeader('connection', 'close');
      sendJson(res, 413, {
        errors: [
          {
            message: `The request body is larger than ${error.limit} bytes.`,
            extensions: { code: 'BAD_USER_INPUT', reason: 'BODY_TOO_LARGE' },
          },
        ],
      });
      return;
    }
  }
  const headers = headerMapOf(req);
  const body = parseBody(raw, headers.get('content-type'));
  if (body === null) {
    sendJson(res, 400, {
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
    return;
  }
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method,
      headers,
      search: url.search,
      body,
    },
    context: () => options.context(headers),
  });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  // Answers are per user: no cache may keep them. (Apollo's cache-control plugin used to say so;
  // it is off, see apollo.ts.)
  if (!res.hasHeader('cache-control')) res.setHeader('cache-control', 'no-store');
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
