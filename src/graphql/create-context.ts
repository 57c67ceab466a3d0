/**
 * Builds the GraphQLContext for one HTTP request: resolves the identity from the headers (throwing
 * UNAUTHENTICATED for a wrong key or a malformed token), and remembers a missing identity so that
 * `require-identity.plugin.ts` can refuse the operation (introspection alone is allowed without
 * one, so Sandbox and codegen can load the schema).
 */
import type { HeaderMap } from '@apollo/server';
import type { Config } from '../config/config.js';
import { unauthenticated } from '../graphql-errors/facade-errors.js';
import type { PortalCredential } from '../backends/bitrix24/credential.js';
import type { PortalCaller } from '../backends/bitrix24/portal-caller.js';
import type { AppCredentialSource, AppTokenFailures } from './app-credential.js';
import { RequestLoaders, type GraphQLContext } from './context.js';
import type { HealthCheck } from './portal-health.js';
import { OperationPortal } from './operation-portal.js';
import type { BackendFactories, BackendKey } from './backend-registry.js';
import type { NodeRefetchers } from './node-registry.js';
import type { NodeRef } from './global-id.js';
import type { Node } from './node.interface.js';
import type { SharedState } from '../state/shared-state.js';
import { resolveIdentity, type Identity, type IdentityOptions, type IdentityResult } from './identity.js';

export interface ContextDependencies {
  readonly config: Config;
  readonly portal: PortalCaller;
  readonly health: HealthCheck;
  /** Multi-portal mode: the probe of the request's own portal (`Query.portal`). */
  readonly portalHealth?: (origin: string) => HealthCheck;
  readonly identity: IdentityOptions;
  /** The application's own token source, when BITRIX24_APP_* are configured. */
  readonly appCredentials?: AppCredentialSource;
  /** Turns a refused app-token refresh into FORBIDDEN / APP_TOKEN_REFRESH_FAILED (and logs it). */
  readonly appTokenFailures?: AppTokenFailures;
  /** The features' backends, registered by the composition root (src/app/backends.ts). */
  readonly backends: BackendFactories;
  /** State shared between replicas (src/state). */
  readonly state: SharedState;
  /** node(id) refetchers, registered by the features through the composition root. */
  readonly nodes: NodeRefetchers;
}

export type { RequestRecord } from '../observability/request-record.js';
import type { RequestRecord } from '../observability/request-record.js';

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
    private readonly backends: BackendFactories,
    readonly state: SharedState,
    private readonly nodes: NodeRefetchers,
    readonly requestBotToken?: string,
    private readonly appCredentials?: AppCredentialSource,
    private readonly appTokenFailures?: AppTokenFailures,
  ) {}

  refetch(ref: NodeRef): Promise<Node | null> {
    return this.nodes.refetch(this, ref);
  }

  backend<T>(key: BackendKey<T>): T {
    return this.backends.resolve(this, key);
  }

  get identity(): Identity {
    if (this.identityResult.kind === 'missing') {
      throw unauthenticated(this.identityResult.reason, this.identityResult.code);
    }
    return this.identityResult.identity;
  }

  /** Called by the result unions (see graphql-errors/result-union.ts); the first code wins. */
  noteUserError(code: string): void {
    this.record.userErrorCode ??= code;
  }

  get hasAppCredential(): boolean {
    return this.appCredentials !== undefined;
  }

  async appCredential(): Promise<PortalCredential | undefined> {
    void this.identity; // no identity, no server token: throws UNAUTHENTICATED first
    if (this.appCredentials === undefined) return undefined;
    try {
      return await this.appCredentials.credential();
    } catch (error) {
      throw this.appTokenFailures?.translate(error) ?? error;
    }
  }
}

/** Why this context has no identity (message and `extensions.reason` code), or undefined. */
export function missingIdentity(context: object): { reason: string; code?: string } | undefined {
  if (!(context instanceof RequestContext)) return undefined;
  return context.identityResult.kind === 'missing' ? context.identityResult : undefined;
}

/** Ends the operation's deadline timer (called when its response is sent). */
export function endOperation(context: object): void {
  if (context instanceof RequestContext && context.portal instanceof OperationPortal)
    context.portal.dispose();
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
  const origin = result.kind === 'identified' ? result.identity.portalOrigin : undefined;
  const health = origin !== undefined && deps.portalHealth ? deps.portalHealth(origin) : deps.health;
  // Per operation: its own portal-call budget and deadline (one HTTP request is one operation).
  const portal = new OperationPortal(deps.portal, {
    maxCalls: deps.config.limits.maxPortalCalls,
    timeoutMs: deps.config.limits.operationTimeoutMs,
  });
  return new RequestContext(
    portal,
    record.requestId,
    deps.config,
    health,
    result,
    record,
    deps.backends,
    deps.state,
    deps.nodes,
    botToken,
    deps.appCredentials,
    deps.appTokenFailures,
  );
}
