/**
 * Which backend serves each feature: the one place that names concrete backends. Today every
 * feature runs on Bitrix24; a second poll backend is registered here (see docs/architecture.md §8).
 */
import { BackendFactories, type BackendFactory } from '../graphql/backend-registry.js';
import { POLL_BACKEND } from '../polls/poll.backend.js';
import { POLL_CHANGES } from '../polls/poll-changes.js';
import { createBitrix24PollBackend } from '../backends/bitrix24/polls/poll.bitrix24.js';
import {
  NO_POLL_WATCH,
  POLL_RESULTS_HUB,
  POLL_WATCH,
  type PollResultsHub,
  type PollWatch,
} from '../live/index.js';

export interface LiveBackends {
  readonly hub: PollResultsHub;
  /** Builds the change source for one subscriber's request (Bitrix24: the shared watcher). */
  readonly watch?: BackendFactory<PollWatch>;
}

export function createBackendFactories(live?: LiveBackends): BackendFactories {
  const factories = new BackendFactories().register(POLL_BACKEND, (ctx) =>
    createBitrix24PollBackend(ctx.portal, ctx.identity.credential, { batched: ctx.config.dataLoaders }),
  );
  if (live === undefined) {
    // Without live results (benchmarks of the query path), mutations announce to nobody.
    return factories.register(POLL_CHANGES, () => ({ changed: () => undefined }));
  }
  return factories
    .register(POLL_CHANGES, () => live.hub)
    .register(POLL_RESULTS_HUB, () => live.hub)
    .register(POLL_WATCH, live.watch ?? (() => NO_POLL_WATCH));
}
