/**
 * The seed: the portal's initial data (users, apps, tokens, webhooks, chats, Open Channel ids).
 * `npm run emulator -- --seed file.json` replaces the default seed; `validateSeed` checks such a
 * file and names every problem with its JSON path, so a typo does not become a confusing 401 later.
 */
import { readFileSync } from 'node:fs';
import type { ChatKind } from './state.js';

export interface SeedUser {
  id: number;
  firstName: string;
  lastName: string;
  workPosition?: string;
  isAdmin?: boolean;
  gender?: 'M' | 'F' | '';
  email?: string;
}

export interface SeedApp {
  clientId: string;
  clientSecret: string;
  scopes: string[];
}

export interface SeedToken {
  accessToken: string;
  refreshToken: string;
  userId: number;
  clientId: string;
  /** defaults to the app's scopes */
  scopes?: string[];
  /** unix ms, or null/absent for a token that never expires (dev tokens) */
  expiresAt?: number | null;
}

export interface SeedWebhook {
  userId: number;
  code: string;
  scopes: string[];
  expiresAt?: number | null;
}

export interface SeedChat {
  id: number;
  kind?: ChatKind;
  name: string;
  description?: string;
  ownerId: number;
  memberIds: number[];
  managerIds?: number[];
  entityType?: string;
  entityId?: string;
  dateCreate?: string;
}

export interface SeedData {
  users: SeedUser[];
  apps: SeedApp[];
  tokens: SeedToken[];
  webhooks: SeedWebhook[];
  chats: SeedChat[];
  openLineIds: number[];
}

export class SeedValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid emulator seed:\n  - ${problems.join('\n  - ')}`);
    this.name = 'SeedValidationError';
  }
}

type Check = (value: unknown) => boolean;
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isPosInt: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v > 0;
const isNonEmptyStr: Check = (v) => typeof v === 'string' && v.length > 0;
const isStr: Check = (v) => typeof v === 'string';
const isBool: Check = (v) => typeof v === 'boolean';
const isStrList: Check = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isIntList: Check = (v) => Array.isArray(v) && v.every(isPosInt);
const isExpiry: Check = (v) => v === null || (typeof v === 'number' && Number.isFinite(v));
const CHAT_KINDS = ['private', 'chat', 'open', 'openChannel'];

interface FieldRule {
  check: Check;
  expected: string;
  optional?: boolean;
}

function checkFields(
  problems: string[],
  path: string,
  value: unknown,
  rules: Record<string, FieldRule>,
): value is Record<string, unknown> {
  if (!isObj(value)) {
    problems.push(`${path}: expected an object`);
    return false;
  }
  for (const [field, rule] of Object.entries(rules)) {
    const v = value[field];
    if (v === undefined) {
      if (!rule.optional) problems.push(`${path}.${field}: required (${rule.expected})`);
    } else if (!rule.check(v)) {
      problems.push(`${path}.${field}: expected ${rule.expected}`);
    }
  }
  return true;
}

function checkList(
  problems: string[],
  seed: Record<string, unknown>,
  key: string,
  rules: Record<string, FieldRule>,
): Record<string, unknown>[] {
  const list = seed[key];
  if (!Array.isArray(list)) {
    problems.push(`${key}: expected an array`);
    return [];
  }
  return list.filter((item, i): item is Record<string, unknown> =>
    checkFields(problems, `${key}[${i}]`, item, rules),
  );
}

function checkUnique(problems: string[], items: Record<string, unknown>[], key: string, field: string): void {
  const seen = new Set<unknown>();
  items.forEach((item, i) => {
    if (seen.has(item[field])) problems.push(`${key}[${i}].${field}: duplicate value`);
    seen.add(item[field]);
  });
}

/** Validates an unknown value (usually parsed JSON) as SeedData; throws SeedValidationError. */
export function validateSeed(input: unknown): SeedData {
  const problems: string[] = [];
  if (!isObj(input)) throw new SeedValidationError(['the seed must be a JSON object']);
  const users = checkList(problems, input, 'users', {
    id: { check: isPosInt, expected: 'a positive integer' },
    firstName: { check: isStr, expected: 'a string' },
    lastName: { check: isStr, expected: 'a string' },
    workPosition: { check: isStr, expected: 'a string', optional: true },
    isAdmin: { check: isBool, expected: 'a boolean', optional: true },
    gender: { check: (v) => v === 'M' || v === 'F' || v === '', expected: '"M", "F" or ""', optional: true },
    email: { check: isStr, expected: 'a string', optional: true },
  });
  const apps = checkList(problems, input, 'apps', {
    clientId: { check: isNonEmptyStr, expected: 'a non-empty string' },
    clientSecret: { check: isNonEmptyStr, expected: 'a non-empty string' },
    scopes: { check: isStrList, expected: 'an array of strings' },
  });
  const tokens = checkList(problems, input, 'tokens', {
    accessToken: { check: isNonEmptyStr, expected: 'a non-empty string' },
    refreshToken: { check: isNonEmptyStr, expected: 'a non-empty string' },
    userId: { check: isPosInt, expected: 'a positive integer' },
    clientId: { check: isNonEmptyStr, expected: 'a non-empty string' },
    scopes: { check: isStrList, expected: 'an array of strings', optional: true },
    expiresAt: { check: isExpiry, expected: 'unix milliseconds or null', optional: true },
  });
  const webhooks = checkList(problems, input, 'webhooks', {
    userId: { check: isPosInt, expected: 'a positive integer' },
    code: { check: isNonEmptyStr, expected: 'a non-empty string' },
    scopes: { check: isStrList, expected: 'an array of strings' },
    expiresAt: { check: isExpiry, expected: 'unix milliseconds or null', optional: true },
  });
  const chats = checkList(problems, input, 'chats', {
    id: { check: isPosInt, expected: 'a positive integer' },
    kind: { check: (v) => CHAT_KINDS.includes(v as string), expected: CHAT_KINDS.join('|'), optional: true },
    name: { check: isStr, expected: 'a string' },
    description: { check: isStr, expected: 'a string', optional: true },
    ownerId: { check: isPosInt, expected: 'a positive integer' },
    memberIds: { check: isIntList, expected: 'an array of user ids' },
    managerIds: { check: isIntList, expected: 'an array of user ids', optional: true },
    entityType: { check: isStr, expected: 'a string', optional: true },
    entityId: { check: isStr, expected: 'a string', optional: true },
    dateCreate: { check: isStr, expected: 'an ISO 8601 date string', optional: true },
  });
  if (!isIntList(input.openLineIds)) problems.push('openLineIds: expected an array of positive integers');

  checkUnique(problems, users, 'users', 'id');
  checkUnique(problems, apps, 'apps', 'clientId');
  checkUnique(problems, tokens, 'tokens', 'accessToken');
  checkUnique(problems, tokens, 'tokens', 'refreshToken');
  checkUnique(problems, chats, 'chats', 'id');
  const userIds = new Set(users.map((u) => u.id));
  const clientIds = new Set(apps.map((a) => a.clientId));
  const refUser = (path: string, id: unknown) => {
    if (isPosInt(id) && !userIds.has(id)) problems.push(`${path}: user ${String(id)} is not in users`);
  };
  tokens.forEach((t, i) => {
    refUser(`tokens[${i}].userId`, t.userId);
    if (isNonEmptyStr(t.clientId) && !clientIds.has(t.clientId)) {
      problems.push(`tokens[${i}].clientId: no app with this clientId in apps`);
    }
  });
  webhooks.forEach((w, i) => refUser(`webhooks[${i}].userId`, w.userId));
  chats.forEach((c, i) => {
    refUser(`chats[${i}].ownerId`, c.ownerId);
    for (const field of ['memberIds', 'managerIds'] as const) {
      const ids = c[field];
      if (Array.isArray(ids)) ids.forEach((id: unknown, j) => refUser(`chats[${i}].${field}[${j}]`, id));
    }
  });
  if (problems.length > 0) throw new SeedValidationError(problems);
  return input as unknown as SeedData;
}

/** Reads and validates a JSON seed file. Errors name the file, never echo its secrets. */
export function loadSeedFile(path: string): SeedData {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new SeedValidationError([`cannot read seed file ${path}: ${(err as Error).message}`]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new SeedValidationError([`seed file ${path} is not valid JSON: ${(err as Error).message}`]);
  }
  return validateSeed(parsed);
}
