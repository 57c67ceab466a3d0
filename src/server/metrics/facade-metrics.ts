/**
 * All of the facade's metrics in one registry: GraphQL requests, portal traffic (fed by the
 * traffic engine through its TrafficObserver) and the process. main.ts creates one and hands
 * `portal` to the traffic engine and the whole to the server; a server started without one makes
 * its own (GraphQL and process only).
 */
import { GraphQLMetrics } from './graphql-metrics.js';
import { PortalMetrics } from './portal-metrics.js';
import { ProcessMetrics } from './process-metrics.js';
import { Registry } from './registry.js';

export class FacadeMetrics {
  readonly registry = new Registry();
  readonly graphql = new GraphQLMetrics(this.registry);
  /** The TrafficObserver to pass to createPortalTraffic / createTrafficEngine. */
  readonly portal = new PortalMetrics(this.registry);
  private readonly process = new ProcessMetrics(this.registry);

  render(): string {
    return this.registry.render();
  }

  close(): void {
    this.process.close();
  }
}
