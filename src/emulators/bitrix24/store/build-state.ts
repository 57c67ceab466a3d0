/** Turns a (validated) seed into a fresh EmulatorState. Called at start and on every reset. */
import { SEED_DATE } from './default-seed.js';
import type { SeedData } from './seed.js';
import type { EmChat, EmOAuthToken, EmUser, EmulatorState } from './state.js';

/** Seed tokens without expiry; a finite number keeps `expiresAt` a plain number for every reader. */
const NEVER_EXPIRES = Number.MAX_SAFE_INTEGER;

const USER_COLORS = ['#1eb4aa', '#ff5752', '#a1a6ac', '#f76187', '#5e7bb5'];

function createEmptyState(portalHost = '127.0.0.1'): EmulatorState {
  return {
    portalHost,
    users: new Map(),
    chats: new Map(),
    messages: new Map(),
    apps: new Map(),
    tokens: new Map(),
    refreshTokens: new Map(),
    webhooks: [],
    polls: new Map(),
    bots: new Map(),
    botEvents: [],
    connectors: new Map(),
    connectorLines: [],
    openLineSessions: [],
    openLineIds: [],
    connectorMessageIds: {},
    seq: {},
    attachIdDiffersFromVoteId: false,
  };
}

export interface BuildStateOptions {
  portalHost: string;
  attachIdDiffersFromVoteId?: boolean;
}

export function buildState(seed: SeedData, opts: BuildStateOptions): EmulatorState {
  const state = createEmptyState(opts.portalHost);
  state.attachIdDiffersFromVoteId = opts.attachIdDiffersFromVoteId ?? false;
  for (const u of seed.users) {
    const user: EmUser = {
      id: u.id,
      name: `${u.firstName} ${u.lastName}`.trim(),
      firstName: u.firstName,
      lastName: u.lastName,
      workPosition: u.workPosition ?? '',
      isAdmin: u.isAdmin ?? false,
      isBot: false,
      gender: u.gender ?? '',
      email: u.email ?? `${u.firstName.toLowerCase() || 'user'}${u.id}@example.test`,
      color: USER_COLORS[(u.id - 1) % USER_COLORS.length] ?? '#1eb4aa',
    };
    state.users.set(user.id, user);
  }
  for (const a of seed.apps) state.apps.set(a.clientId, { ...a, scopes: [...a.scopes] });
  for (const t of seed.tokens) {
    const token: EmOAuthToken = {
      accessToken: t.accessToken,
      refreshToken: t.refreshToken,
      userId: t.userId,
      clientId: t.clientId,
      scopes: [...(t.scopes ?? state.apps.get(t.clientId)?.scopes ?? [])],
      expiresAt: t.expiresAt ?? NEVER_EXPIRES,
    };
    state.tokens.set(token.accessToken, token);
    state.refreshTokens.set(token.refreshToken, token);
  }
  state.webhooks = seed.webhooks.map((w) => ({
    ...w,
    scopes: [...w.scopes],
    expiresAt: w.expiresAt ?? null,
  }));
  for (const c of seed.chats) {
    const managers = new Set([c.ownerId, ...(c.managerIds ?? [])]);
    const chat: EmChat = {
      id: c.id,
      kind: c.kind ?? 'chat',
      name: c.name,
      description: c.description ?? '',
      ownerId: c.ownerId,
      memberIds: [...new Set([c.ownerId, ...c.memberIds])],
      managerIds: [...managers],
      entityType: c.entityType ?? '',
      entityId: c.entityId ?? '',
      color: '#4ba984',
      dateCreate: c.dateCreate ?? SEED_DATE,
    };
    state.chats.set(chat.id, chat);
  }
  state.openLineIds = [...seed.openLineIds];
  // Ids created at run time continue after the seeded ones.
  state.seq.user = Math.max(0, ...seed.users.map((u) => u.id));
  state.seq.chat = Math.max(0, ...seed.chats.map((c) => c.id));
  return state;
}
