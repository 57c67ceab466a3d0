/** Live poll results: what the composition root wires (hub, bus, resolver, watch port). */
export { createLiveBus, type LiveBus } from './live-bus.js';
export { PollResultsHub, pollIdOf } from './poll-results.hub.js';
export { PollResultsResolver, POLL_RESULTS_HUB } from './poll-results.resolver.js';
export { POLL_WATCH, NO_POLL_WATCH, type PollWatch } from './poll-watch.backend.js';
export type { PollResultsEvent } from './poll-results.event.js';
