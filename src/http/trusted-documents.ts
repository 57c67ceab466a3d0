/**
 * Trusted documents (GRAPHQL_TRUSTED_DOCUMENTS=<manifest>): the codegen client preset's
 * persisted-documents manifest (`{"sha256:<hex>": "<document>"}`) names the operations this
 * server runs. A request names one by hash, in Apollo's APQ format
 * (`extensions.persistedQuery.sha256Hash`) or as `documentId`, and the server substitutes the
 * document; a request with a full `query` runs only if that text is in the manifest, or if
 * arbitrary documents are allowed (GRAPHQL_ALLOW_ARBITRARY_DOCUMENTS, the default outside
 * production). Apollo's own APQ is a cache any client can fill, not a safelist: this is the
 * safelist, applied before Apollo sees the request.
 */

export type { TrustedDocuments } from '../config/trusted-documents-file.js';
import type { TrustedDocuments } from '../config/trusted-documents-file.js';

export type TrustedOutcome =
  | { kind: 'run'; body: Record<string, unknown> }
  | { kind: 'refuse'; status: number; message: string; code: string; reason?: string };

function requestedHash(body: Record<string, unknown>): string | undefined {
  const extensions = body['extensions'];
  const persisted =
    extensions !== null && typeof extensions === 'object'
      ? (extensions as { persistedQuery?: { sha256Hash?: unknown } }).persistedQuery
      : undefined;
  const hash = persisted?.sha256Hash ?? body['documentId'];
  return typeof hash === 'string' ? hash.replace(/^sha256:/, '').toLowerCase() : undefined;
}

/**
 * Applies the safelist to a parsed request (a POST body, or a GET's parameters as an object with
 * `extensions` already parsed). The body that runs has the manifest's document as `query` and no
 * persistedQuery extension (so Apollo's APQ cache plays no part).
 */
export function applyTrustedDocuments(
  body: Record<string, unknown>,
  trusted: TrustedDocuments,
): TrustedOutcome {
  const hash = requestedHash(body);
  const { documentId: _id, ...rest } = body;
  const extensions =
    rest['extensions'] !== null && typeof rest['extensions'] === 'object'
      ? { ...(rest['extensions'] as Record<string, unknown>) }
      : undefined;
  if (extensions !== undefined) delete extensions['persistedQuery'];
  const cleaned = { ...rest, ...(extensions === undefined ? {} : { extensions }) };
  const query = body['query'];
  if (typeof query === 'string') {
    // Full text (possibly with a hash, as Apollo's link sends after PERSISTED_QUERY_NOT_FOUND): the
    // text decides, never the hash that came with it.
    if (trusted.allowArbitrary || trusted.texts.has(query)) return { kind: 'run', body: cleaned };
  } else if (hash !== undefined) {
    const document = trusted.byHash.get(hash);
    if (document === undefined) {
      // Apollo's APQ code: its PersistedQueryLink then sends the full text, which is checked above.
      return {
        kind: 'refuse',
        status: 200,
        message: 'PersistedQueryNotFound',
        code: 'PERSISTED_QUERY_NOT_FOUND',
      };
    }
    return { kind: 'run', body: { ...cleaned, query: document } };
  }
  if (typeof query !== 'string') return { kind: 'run', body: cleaned }; // Apollo answers the malformed request
  return {
    kind: 'refuse',
    status: 400,
    message:
      'Only trusted documents run on this server: send the hash of a known operation (extensions.persistedQuery.sha256Hash or documentId).',
    code: 'BAD_REQUEST',
    reason: 'UNTRUSTED_DOCUMENT',
  };
}
