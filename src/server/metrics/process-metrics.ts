/**
 * Process metrics: uptime, resident memory, event-loop lag (perf_hooks monitorEventLoopDelay,
 * reset at each scrape so the figures describe the last scrape interval) and the Node version.
 */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import type { Registry } from './registry.js';

export class ProcessMetrics {
  private readonly loop: IntervalHistogram;

  constructor(registry: Registry) {
    this.loop = monitorEventLoopDelay({ resolution: 20 });
    this.loop.enable();
    registry.gauge({
      name: 'b24facade_process_uptime_seconds',
      help: 'Seconds since the process started.',
      collect: (gauge) => gauge.set(Math.round(process.uptime() * 1000) / 1000),
    });
    registry.gauge({
      name: 'b24facade_process_resident_memory_bytes',
      help: 'Resident set size of the process in bytes.',
      collect: (gauge) => gauge.set(process.memoryUsage.rss()),
    });
    // One snapshot per scrape, shared by the three gauges below (rendered in this order).
    let snapshot = { mean: 0, p99: 0, max: 0 };
    registry.gauge({
      name: 'b24facade_nodejs_eventloop_lag_mean_seconds',
      help: 'Mean event-loop delay since the previous scrape.',
      collect: (gauge) => {
        const ns = (value: number) => (Number.isFinite(value) ? value / 1e9 : 0);
        snapshot = { mean: ns(this.loop.mean), p99: ns(this.loop.percentile(99)), max: ns(this.loop.max) };
        this.loop.reset();
        gauge.set(snapshot.mean);
      },
    });
    registry.gauge({
      name: 'b24facade_nodejs_eventloop_lag_p99_seconds',
      help: '99th percentile of the event-loop delay since the previous scrape.',
      collect: (gauge) => gauge.set(snapshot.p99),
    });
    registry.gauge({
      name: 'b24facade_nodejs_eventloop_lag_max_seconds',
      help: 'Largest event-loop delay since the previous scrape.',
      collect: (gauge) => gauge.set(snapshot.max),
    });
    const version = registry.gauge({
      name: 'b24facade_nodejs_version_info',
      help: 'Node.js version of the process (value is always 1).',
      labelNames: ['version', 'major'],
    });
    version.set({ version: process.version, major: process.version.replace(/^v(\d+).*$/, '$1') }, 1);
  }

  close(): void {
    this.loop.disable();
  }
}
