/** Minting OAuth token pairs (the token endpoint's refresh, and `POST /_emulator/tokens`). */
import { randomBytes } from 'node:crypto';
import type { EmOAuthToken, EmulatorState } from '../store/state.js';

/** The portal's access tokens live one hour (docs/bitrix24-contract.md §1.3). */
export const ACCESS_TOKEN_TTL_SECONDS = 3600;

export interface MintOptions {
  userId: number;
  clientId: string;
  scopes: string[];
  expiresInSeconds: number;
}

export function mintToken(state: EmulatorState, opts: MintOptions, nowMs = Date.now()): EmOAuthToken {
  const token: EmOAuthToken = {
    accessToken: randomBytes(24).toString('hex'),
    refreshToken: randomBytes(24).toString('hex'),
    userId: opts.userId,
    clientId: opts.clientId,
    scopes: [...opts.scopes],
    expiresAt: nowMs + opts.expiresInSeconds * 1000,
  };
  state.tokens.set(token.accessToken, token);
  state.refreshTokens.set(token.refreshToken, token);
  return token;
}
