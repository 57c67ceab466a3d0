/**
 * Builds the GraphQLContext for one HTTP request: resolves the identity from the headers (throwing
 * UNAUTHENTICATED for a wrong key or a malformed token), and remembers a missing identity so that
 * `require-identity.plugin.ts` can refuse the operation (introspection alone is allowed without
 * one, so Sandbox and codegen can load the schema).
 */
import type { HeaderMap } from '@apollo/server';
import type { Config } from '../config.js';
import { unauthenticated } from '../graphql-errors/facade-errors.js';
import type { PortalCaller } from '../portal/portal-caller.js';
import { RequestLoaders, type GraphQLContext } from './context.js';
import type { HealthCheck } from './health.js';
import { resolveIdentity, type Identity, type IdentityOptions, type IdentityResult } from './identity.js';

export interface ContextDependencies {
  readonly config: Config;
  readonly portal: PortalCaller;
  readonly health: HealthCheck;
  readonly identity: IdentityOptions;
}

/** What the request log line needs to know; filled in as the request goes along. */
export interface RequestRecord {
  readonly requestId: string;
  subject?: string;
  operationName?: string;
  errorCodes: string[];
}

/**
 * The context object. A class, not a literal with a getter: Apollo clones the context per
 * operation (`Object.assign(Object.create(proto), ctx)`), which keeps prototype getters and copies
 * own fields, so `identity` stays lazy and the clone keeps the identity result and request record.
 */
export class RequestContext implements GraphQLContext {
  readonly loaders = new RequestLoaders();

  constructor(
    readonly portal: PortalCaller,
    readonly requestId: string,
    readonly config: Config,
    readonly health: HealthCheck,
    readonly identityResult: IdentityResult,
    readonly record: RequestRecord,
    readonly requestBotToken?: string,
  ) {}

  get identity(): Identity {
    if (this.identityResult.kind === 'missing') throw unauthenticated(this.identityResult.reason);
    return this.identityResult.identity;
  }
}

/** Why this context has no identity, or undefined when it has one. */
export function missingIdentityReason(context: object): string | undefined {
  if (!(context instanceof RequestContext)) return undefined;
  return context.identityResult.kind === 'missing' ? context.identityResult.reason : undefined;
}

export function requestRecordOf(context: object): RequestRecord | undefined {
  return context instanceof RequestContext ? context.record : undefined;
}

export function createRequestContext(
  deps: ContextDependencies,
  headers: HeaderMap,
  record: RequestRecord,
): GraphQLContext {
  const result = resolveIdentity(headers, deps.identity);
  if (result.kind === 'identified') record.subject = result.identity.subject;
  const botToken = headers.get('x-bot-token')?.trim() || undefined;
  return new RequestContext(
    deps.portal,
    record.requestId,
    deps.config,
    deps.health,
    result,
    record,
    botToken,
  );
}
