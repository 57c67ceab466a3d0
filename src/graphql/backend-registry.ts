/**
 * How a feature reaches its backend without knowing which one it is. A feature defines a typed
 * key next to its port (polls: POLL_BACKEND in polls/poll.backend.ts); the composition root
 * (src/app/backends.ts) maps each key to a factory that builds the backend for one request; a
 * resolver asks `ctx.backend(POLL_BACKEND)`. The kernel knows only keys and factories, no feature
 * and no backend.
 */
import type { GraphQLContext } from './context.js';

/** A typed name; the type parameter is what `ctx.backend(key)` returns. */
export interface BackendKey<T> {
  readonly name: string;
  /** Only carries T; never set. */
  readonly type?: T;
}

export const backendKey = <T>(name: string): BackendKey<T> => ({ name });

/** Builds the backend for one request (it may read the request's identity, portal and config). */
export type BackendFactory<T> = (ctx: GraphQLContext) => T;

/** The factories the composition root registers, by key name. */
export class BackendFactories {
  private readonly byName = new Map<string, BackendFactory<unknown>>();

  register<T>(key: BackendKey<T>, factory: BackendFactory<T>): this {
    this.byName.set(key.name, factory);
    return this;
  }

  /**
   * The request's backend for `key`, built on first use and kept for the request (in its loader
   * registry, under the identity's subject: a backend holds per-user caches).
   */
  resolve<T>(ctx: GraphQLContext, key: BackendKey<T>): T {
    const factory = this.byName.get(key.name);
    if (factory === undefined) throw new Error(`no backend registered for ${key.name}`);
    return ctx.loaders.get(`backend:${key.name}:${ctx.identity.subject}`, () => factory(ctx) as T);
  }
}
