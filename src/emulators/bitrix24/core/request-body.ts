/** Reading a request's parameters: query string, JSON body or form body (PHP semantics). */
import type { IncomingMessage } from 'node:http';
import { EmulatorError } from './emulator-error.js';
import type { Params } from './method.js';
import { assignPhpPath, parsePhpQuery, splitPhpKey } from './php-query.js';

const MAX_BODY_BYTES = 20 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new EmulatorError(413, 'INVALID_REQUEST', 'Request body is too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/**
 * A malformed JSON body is answered with 400 INVALID_REQUEST (our choice: the portal's docs do not
 * say, and INVALID_REQUEST is the portal's generic "bad request" code).
 */
const invalidJson = (): EmulatorError =>
  new EmulatorError(400, 'INVALID_REQUEST', 'The request body is not a valid JSON object');

/**
 * `multipart/form-data` (general-principles.md: "All methods also accept GET and POST requests in
 * multipart/form-data format"): every part's name is a PHP-style key (`fields[PHONE][0][VALUE]`),
 * exactly like a form body. A file part becomes its file name; the emulator has no upload methods.
 */
async function parseMultipart(contentType: string, body: Buffer): Promise<Params> {
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new EmulatorError(400, 'INVALID_REQUEST', 'The multipart/form-data body could not be parsed');
  }
  const out: Params = {};
  for (const [name, value] of form.entries()) {
    const path = splitPhpKey(name);
    if (path) assignPhpPath(out, path, typeof value === 'string' ? value : value.name);
  }
  return out;
}

/** Parses the body by content type and merges it over the query parameters (like PHP $_REQUEST). */
export async function parseParams(
  query: string,
  contentType: string | undefined,
  body: Buffer,
): Promise<Params> {
  const fromQuery = parsePhpQuery(query);
  if (body.length === 0) return fromQuery;
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  let fromBody: Params;
  if (type === 'application/json' || type.endsWith('+json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw invalidJson();
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidJson();
    fromBody = parsed as Params;
  } else if (type === 'multipart/form-data') {
    fromBody = await parseMultipart(contentType ?? '', body);
  } else {
    // application/x-www-form-urlencoded, or no content type at all (curl -d without -H)
    fromBody = parsePhpQuery(body.toString('utf8'));
  }
  return { ...fromQuery, ...fromBody };
}
