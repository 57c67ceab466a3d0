/**
 * All of the facade's metrics in one prom-client registry: GraphQL requests, portal traffic (fed
 * by the traffic engine through its TrafficObserver) and prom-client's default Node.js/process
 * metrics (`process_*`, `nodejs_*`, the names stock dashboards expect). main.ts creates one and
 * hands `portal` to the traffic engine and the whole to the server; a server started without one
 * makes its own (GraphQL and process only).
 */
import { collectDefaultMetrics, Registry } from 'prom-client';
import { GraphQLMetrics } from './graphql-metrics.js';
import { LiveMetrics } from './live-metrics.js';
import { PortalMetrics } from './portal-metrics.js';

/**
 * prom-client's gauges of live handles/requests/resources end in `_total`, which Prometheus
 * reserves for counters (`promtool check metrics` rejects them). The per-type gauges without the
 * suffix (`nodejs_active_handles{type}`, ...) carry the same figures: sum() them for the totals.
 */
const MISNAMED_DEFAULTS = [
  'nodejs_active_handles_total',
  'nodejs_active_requests_total',
  'nodejs_active_resources_total',
];

/** The text exposition format prom-client renders (Prometheus 0.0.4). */
export const CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

export class FacadeMetrics {
  readonly registry = new Registry();
  readonly graphql = new GraphQLMetrics(this.registry);
  /** The TrafficObserver to pass to createPortalTraffic / createTrafficEngine. */
  readonly portal = new PortalMetrics(this.registry);
  /** Live results (subscriptions, watchers); the server attaches its figures. */
  readonly live = new LiveMetrics(this.registry);

  constructor() {
    // Event-loop lag: `nodejs_eventloop_lag_seconds` is measured at each scrape and reads ~0 when
    // idle. The distribution gauges (`_p50`, `_p99`, `_mean`, ...) come from Node's
    // monitorEventLoopDelay, whose samples include prom-client's 10 ms sampling interval: an idle
    // loop reads ~0.010 there (measured: p50 0.0102 s, nodejs_eventloop_lag_seconds 0).
    collectDefaultMetrics({ register: this.registry });
    for (const name of MISNAMED_DEFAULTS) this.registry.removeSingleMetric(name);
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  close(): void {
    this.registry.clear();
  }
}
