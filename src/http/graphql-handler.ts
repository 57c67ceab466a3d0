/**
 * node:http <-> Apollo Server 5 (`executeHTTPGraphQLRequest`); Apollo 5 ships no HTTP framework
 * integration, and owning this lets us cap the body size before anything is buffered.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLContext } from '../graphql/context.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import { sendJson } from './respond.js';
import { applyTrustedDocuments, type TrustedDocuments } from './trusted-documents.js';

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
  /** GRAPHQL_TRUSTED_DOCUMENTS: the safelist applied before Apollo (see trusted-documents.ts). */
  trustedDocuments?: TrustedDocuments;
}

/** A GET's parameters as a request object (`extensions` and `variables` stay JSON text but for extensions). */
function paramsOf(url: URL): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of url.searchParams) out[name] = value;
  if (typeof out['extensions'] === 'string') {
    try {
      out['extensions'] = JSON.parse(out['extensions']) as unknown;
    } catch {
      // left as text: Apollo answers the malformed request
    }
  }
  return out;
}

function searchOf(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) search.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return `?${search.toString()}`;
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
  let search = url.search;
  let graphqlBody: unknown = body;
  const trusted = options.trustedDocuments;
  const asObject =
    method === 'GET'
      ? paramsOf(url)
      : body !== null && typeof body === 'object' && !Array.isArray(body)
        ? body
        : undefined;
  if (trusted !== undefined && asObject !== undefined && (method !== 'GET' || url.searchParams.size > 0)) {
    const outcome = applyTrustedDocuments(asObject as Record<string, unknown>, trusted);
    if (outcome.kind === 'refuse') {
      const extensions = {
        code: outcome.code,
        ...(outcome.reason === undefined ? {} : { reason: outcome.reason }),
      };
      sendJson(res, outcome.status, { errors: [{ message: outcome.message, extensions }] });
      return;
    }
    if (method === 'GET') search = searchOf(outcome.body);
    else graphqlBody = outcome.body;
  }
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method,
      headers,
      search,
      body: graphqlBody,
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
