/**
 * GRAPHQL_TRUSTED_DOCUMENTS: reading and checking the manifest at start-up (a bad file is a
 * configuration problem, reported before anything listens). The HTTP edge applies it
 * (src/http/trusted-documents.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface TrustedDocuments {
  /** sha256 hex -> document */
  readonly byHash: ReadonlyMap<string, string>;
  /** The same documents by text (their hashes were checked at load), so a full-text request is not hashed */
  readonly texts: ReadonlySet<string>;
  readonly allowArbitrary: boolean;
}

const HEX = /^[0-9a-f]{64}$/;

/** Reads a manifest; throws with a one-line reason (never the file's content). */
export function readTrustedDocuments(path: string): Map<string, string> {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error('is not a JSON object of hash -> document');
  const byHash = new Map<string, string>();
  for (const [key, document] of Object.entries(parsed)) {
    const hash = key.replace(/^sha256:/, '').toLowerCase();
    if (!HEX.test(hash) || typeof document !== 'string')
      throw new Error('holds an entry that is not "sha256:<64 hex>": "<document>"');
    if (sha256(document) !== hash) throw new Error('holds a document whose sha256 does not match its key');
    byHash.set(hash, document);
  }
  return byHash;
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
