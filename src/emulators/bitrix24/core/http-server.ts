/**
 * The emulator's HTTP front door (node:http): routes `/rest/...`, `/oauth/token/`, `/oauth/authorize/` and
 * `/_emulator/...`, applies injected faults and the leaky bucket, and writes the answers.
 * State changes happen synchronously inside the handler before any byte is written, so an
 * acknowledged write is never lost.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import { answerControl } from '../control/control-api.js';
import type { Engine } from './engine.js';
import { EmulatorError } from './emulator-error.js';
import type { FaultSpec } from './faults.js';
import { internalError } from './invoke.js';
import { stripFormatSuffix } from './method-name.js';
import { answerAuthorize, AUTHORIZE_PATHS } from './oauth-authorize.js';
import { answerTokenRequest } from './oauth-endpoint.js';
import { parseParams, readBody } from './request-body.js';
import { sendBinary, sendError, sendHtml, sendJson, sendXml } from './responses.js';
import { answerRestCall } from './rest-call.js';
import { parseRestPath } from './rest-route.js';

const TOKEN_PATHS = new Set(['/oauth/token', '/oauth/token/']);
/** The name faults use to target the token endpoint. */
export const TOKEN_ENDPOINT_FAULT_NAME = 'oauth.token';

/** PEM texts of the certificate (chain) and its private key, for HTTPS. */
export interface TlsMaterial {
  cert: string;
  key: string;
}

export interface EmulatorServer {
  server: Server | HttpsServer;
  /** hanging requests, answered never; destroyed on close */
  hanging: Set<Socket>;
}

/** Plain HTTP, or HTTPS when `tls` is given (the same routes either way). */
export function createEmulatorServer(engine: Engine, tls?: TlsMaterial): EmulatorServer {
  const hanging = new Set<Socket>();
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(engine, req, res, hanging).catch((err: unknown) => {
      const known = err instanceof EmulatorError;
      if (!known) console.error('[emulator] request failed:', err);
      if (!res.headersSent) sendError(res, known ? err : internalError());
      else res.destroy();
    });
  };
  const server = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, listener) : createServer(listener);
  return { server, hanging };
}

/**
 * Repeated slashes in the path count as one, as in front of a portal (nginx merges them by default).
 * Clients rely on it: the token answer's client_endpoint ends in `/rest/` and the docs say to append
 * the method name, so the official JS SDK calls `<client_endpoint>/<method>`, i.e. `/rest//<method>`.
 * Done on the raw target, before URL parsing would read a leading `//x` as a host.
 */
export function mergeSlashes(target: string): string {
  const query = target.indexOf('?');
  const path = query === -1 ? target : target.slice(0, query);
  return path.replace(/\/{2,}/g, '/') + (query === -1 ? '' : target.slice(query));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function handle(engine: Engine, req: IncomingMessage, res: ServerResponse, hanging: Set<Socket>) {
  const url = new URL(mergeSlashes(req.url ?? '/'), 'http://emulator.invalid');
  const httpMethod = (req.method ?? 'GET').toUpperCase();

  if (url.pathname.startsWith('/_emulator/')) {
    const body = await readBody(req);
    let parsed: unknown;
    if (body.length > 0) {
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        return sendError(res, new EmulatorError(400, 'INVALID_REQUEST', 'The body must be JSON'));
      }
    }
    const answer = answerControl(engine, httpMethod, url.pathname, url.searchParams, parsed);
    return sendJson(res, answer.status, answer.json);
  }

  if (AUTHORIZE_PATHS.has(url.pathname) && httpMethod === 'GET') {
    const wantsJson = (req.headers.accept ?? '').includes('application/json');
    const answer = answerAuthorize(engine, url.searchParams, wantsJson);
    res.writeHead(answer.status, {
      'Content-Type': answer.contentType,
      'Content-Length': Buffer.byteLength(answer.body),
    });
    return void res.end(answer.body);
  }

  const route = parseRestPath(url.pathname);
  const isToken = TOKEN_PATHS.has(url.pathname);
  if (!route && !isToken) {
    return sendError(
      res,
      new EmulatorError(404, 'NOT_FOUND', 'Not a REST path: use /rest/<method> or a webhook URL'),
    );
  }
  engine.log.httpRequests += 1;

  const faultName = route ? stripFormatSuffix(route.rawMethod).name : TOKEN_ENDPOINT_FAULT_NAME;
  const decision = engine.faults.decide(faultName);
  if (decision.latencyMs > 0) await sleep(decision.latencyMs);
  const fault = decision.fault;
  if (fault && fault.kind !== 'commitThenDrop') return applyTerminalFault(fault, req, res, hanging);

  // The token endpoint belongs to the authorization server, which is not the portal's bucket.
  if (
    !isToken &&
    engine.limits.enabled &&
    !engine.buckets.take(req.socket.remoteAddress ?? 'unknown', Date.now())
  ) {
    return sendError(res, new EmulatorError(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests'));
  }

  const body = await readBody(req);
  let params;
  try {
    params = await parseParams(url.search.slice(1), req.headers['content-type'], body);
  } catch (err) {
    return sendError(res, err instanceof EmulatorError ? err : internalError());
  }

  if (isToken) {
    const answer = answerTokenRequest(engine, params);
    if (fault) return void req.socket.destroy();
    return sendJson(res, answer.status, answer.json);
  }
  if (!route) return; // unreachable: a request is either a token or a REST call here
  const answer = await answerRestCall(engine, route, params);
  // commitThenDrop: the handler ran and its write is kept, but the client never hears back.
  if (fault) return void req.socket.destroy();
  if ('binary' in answer) return sendBinary(res, answer.binary);
  if (answer.xml) return sendXml(res, answer.status, answer.json);
  return sendJson(res, answer.status, answer.json);
}

function applyTerminalFault(
  fault: FaultSpec,
  req: IncomingMessage,
  res: ServerResponse,
  hanging: Set<Socket>,
) {
  switch (fault.kind) {
    case 'reset':
      req.socket.destroy();
      return;
    case 'hang':
      hanging.add(req.socket);
      req.socket.once('close', () => hanging.delete(req.socket));
      req.resume(); // drain the body, answer never
      return;
    case 'html':
      return sendHtml(res, fault.status ?? 200);
    case 'http5xx': {
      const status = fault.status ?? 500;
      if (status === 500) return sendError(res, internalError());
      return sendHtml(res, status);
    }
    default:
      return sendError(res, internalError());
  }
}
