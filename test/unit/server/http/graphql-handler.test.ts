/**
 * The node:http <-> Apollo bridge: a JSON body is parsed once per request (it used to be parsed
 * twice, once to check it and once for Apollo).
 */
import { jest } from '@jest/globals';
import { Readable } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer, HTTPGraphQLRequest } from '@apollo/server';
import { handleGraphQL } from '../../../../src/http/graphql-handler.js';
import type { GraphQLContext } from '../../../../src/graphql/context.js';

function requestOf(body: string): IncomingMessage {
  const req = Readable.from([Buffer.from(body)]) as unknown as IncomingMessage;
  req.method = 'POST';
  req.headers = { 'content-type': 'application/json', 'content-length': String(body.length) };
  return req;
}

function responseRecorder() {
  const headers = new Map<string, unknown>();
  const res = {
    statusCode: 0,
    body: '',
    headersSent: false,
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), value),
    hasHeader: (name: string) => headers.has(name.toLowerCase()),
    end(chunk?: string) {
      res.body += chunk ?? '';
    },
  };
  return { res, headers };
}

describe('handleGraphQL', () => {
  afterEach(() => jest.restoreAllMocks());

  it('parses a JSON body once and hands Apollo the parsed object', async () => {
    const seen: HTTPGraphQLRequest[] = [];
    const apollo = {
      async executeHTTPGraphQLRequest({ httpGraphQLRequest }: { httpGraphQLRequest: HTTPGraphQLRequest }) {
        seen.push(httpGraphQLRequest);
        return { status: 200, headers: new Map(), body: { kind: 'complete', string: '{"data":{}}' } };
      },
    } as unknown as ApolloServer<GraphQLContext>;
    const parse = jest.spyOn(JSON, 'parse');
    const { res, headers } = responseRecorder();
    await handleGraphQL(
      requestOf('{"query":"{ __typename }"}'),
      res as unknown as ServerResponse,
      new URL('http://facade.invalid/graphql'),
      { apollo, maxBodyBytes: 1024, context: async () => ({}) as GraphQLContext },
    );
    expect(parse).toHaveBeenCalledTimes(1);
    expect(seen.map((r) => r.body)).toEqual([{ query: '{ __typename }' }]);
    expect([res.statusCode, res.body, headers.get('cache-control')]).toEqual([
      200,
      '{"data":{}}',
      'no-store',
    ]);
  });
});
