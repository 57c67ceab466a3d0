/**
 * A tiny metrics registry (counters, gauges, histograms) rendered in the Prometheus text
 * exposition format 0.0.4. Written here rather than pulled in: the facade needs a dozen metrics,
 * not a client library. Label values are bounded per metric (MAX_SERIES) so that a surprising
 * value (an unexpected error code) can never grow memory without limit.
 */

export type Labels = Readonly<Record<string, string>>;

export const CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** Series per metric; beyond it new label combinations are folded into one `other` series. */
const MAX_SERIES = 500;
const OVERFLOW = 'other';

export interface MetricOptions {
  name: string;
  help: string;
  labelNames?: readonly string[];
}

/** `# HELP` text: backslash and line feed escaped. */
export function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/** Label value: backslash, double quote and line feed escaped. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

function labelText(names: readonly string[], values: readonly string[]): string {
  if (names.length === 0) return '';
  return `{${names.map((name, i) => `${name}="${escapeLabelValue(values[i] ?? '')}"`).join(',')}}`;
}

abstract class Metric<S> {
  readonly name: string;
  readonly help: string;
  readonly labelNames: readonly string[];
  protected readonly series = new Map<string, { values: string[]; state: S }>();

  constructor(
    options: MetricOptions,
    readonly type: 'counter' | 'gauge' | 'histogram',
  ) {
    if (!METRIC_NAME.test(options.name)) throw new Error(`invalid metric name ${options.name}`);
    const labelNames = options.labelNames ?? [];
    for (const label of labelNames) {
      if (!LABEL_NAME.test(label) || label.startsWith('__') || label === 'le')
        throw new Error(`invalid label name ${label} on ${options.name}`);
    }
    this.name = options.name;
    this.help = options.help;
    this.labelNames = labelNames;
  }

  protected abstract initial(): S;
  abstract renderSeries(out: string[]): void;

  /** The state of one series, created on first use (unlabelled metrics exist from the start). */
  protected stateFor(labels: Labels = {}): S {
    let values = this.labelNames.map((name) => labels[name] ?? '');
    let key = values.join('\u0000');
    let entry = this.series.get(key);
    if (entry === undefined) {
      if (this.series.size >= MAX_SERIES) {
        values = this.labelNames.map(() => OVERFLOW);
        key = values.join('\u0000');
        entry = this.series.get(key);
      }
      if (entry === undefined) {
        entry = { values, state: this.initial() };
        this.series.set(key, entry);
      }
    }
    return entry.state;
  }

  render(out: string[]): void {
    out.push(`# HELP ${this.name} ${escapeHelp(this.help)}`, `# TYPE ${this.name} ${this.type}`);
    this.renderSeries(out);
  }
}

export class Counter extends Metric<{ value: number }> {
  constructor(options: MetricOptions) {
    super(options, 'counter');
    if (this.labelNames.length === 0) this.stateFor();
  }

  protected initial() {
    return { value: 0 };
  }

  inc(labels?: Labels, by = 1): void {
    if (!(by >= 0)) throw new Error(`counter ${this.name} can only go up`);
    this.stateFor(labels).value += by;
  }

  /** The current value (tests and derived gauges). */
  get(labels?: Labels): number {
    const key = this.labelNames.map((name) => labels?.[name] ?? '').join('\u0000');
    return this.series.get(key)?.state.value ?? 0;
  }

  renderSeries(out: string[]): void {
    for (const { values, state } of this.series.values())
      out.push(`${this.name}${labelText(this.labelNames, values)} ${formatValue(state.value)}`);
  }
}

export interface GaugeOptions extends MetricOptions {
  /** Called right before rendering, to set values that are read rather than counted. */
  collect?: (gauge: Gauge) => void;
}

export class Gauge extends Metric<{ value: number }> {
  private readonly collectFn: ((gauge: Gauge) => void) | undefined;

  constructor(options: GaugeOptions) {
    super(options, 'gauge');
    this.collectFn = options.collect;
    if (this.labelNames.length === 0) this.stateFor();
  }

  protected initial() {
    return { value: 0 };
  }

  set(labels: Labels, value: number): void;
  set(value: number): void;
  set(a: Labels | number, b?: number): void {
    if (typeof a === 'number') this.stateFor().value = a;
    else this.stateFor(a).value = b ?? 0;
  }

  override render(out: string[]): void {
    this.collectFn?.(this);
    super.render(out);
  }

  renderSeries(out: string[]): void {
    for (const { values, state } of this.series.values())
      out.push(`${this.name}${labelText(this.labelNames, values)} ${formatValue(state.value)}`);
  }
}

export interface HistogramOptions extends MetricOptions {
  /** Upper bounds, ascending; `+Inf` is added. */
  buckets: readonly number[];
}

interface HistogramState {
  counts: number[];
  sum: number;
  count: number;
}

export class Histogram extends Metric<HistogramState> {
  readonly buckets: readonly number[];

  constructor(options: HistogramOptions) {
    super(options, 'histogram');
    const buckets = options.buckets.filter((b) => b !== Infinity);
    for (let i = 1; i < buckets.length; i++) {
      if (!((buckets[i] as number) > (buckets[i - 1] as number)))
        throw new Error(`histogram ${options.name}: buckets must increase`);
    }
    this.buckets = buckets;
    if (this.labelNames.length === 0) this.stateFor();
  }

  protected initial(): HistogramState {
    return { counts: this.buckets.map(() => 0), sum: 0, count: 0 };
  }

  observe(labels: Labels, value: number): void;
  observe(value: number): void;
  observe(a: Labels | number, b?: number): void {
    const state = typeof a === 'number' ? this.stateFor() : this.stateFor(a);
    const value = typeof a === 'number' ? a : (b ?? 0);
    if (Number.isNaN(value)) return;
    // Per-bucket counts here; rendering makes them cumulative.
    const index = this.buckets.findIndex((bound) => value <= bound);
    if (index >= 0) state.counts[index] = (state.counts[index] ?? 0) + 1;
    state.sum += value;
    state.count += 1;
  }

  renderSeries(out: string[]): void {
    const names = [...this.labelNames, 'le'];
    for (const { values, state } of this.series.values()) {
      let cumulative = 0;
      this.buckets.forEach((bound, i) => {
        cumulative += state.counts[i] ?? 0;
        out.push(`${this.name}_bucket${labelText(names, [...values, formatValue(bound)])} ${cumulative}`);
      });
      out.push(`${this.name}_bucket${labelText(names, [...values, '+Inf'])} ${state.count}`);
      out.push(`${this.name}_sum${labelText(this.labelNames, values)} ${formatValue(state.sum)}`);
      out.push(`${this.name}_count${labelText(this.labelNames, values)} ${state.count}`);
    }
  }
}

export class Registry {
  private readonly metrics = new Map<string, { render(out: string[]): void }>();

  counter(options: MetricOptions): Counter {
    return this.add(new Counter(options));
  }

  gauge(options: GaugeOptions): Gauge {
    return this.add(new Gauge(options));
  }

  histogram(options: HistogramOptions): Histogram {
    return this.add(new Histogram(options));
  }

  /** The whole exposition, one family after another in registration order. */
  render(): string {
    const out: string[] = [];
    for (const metric of this.metrics.values()) metric.render(out);
    return `${out.join('\n')}\n`;
  }

  private add<M extends { name: string; render(out: string[]): void }>(metric: M): M {
    if (this.metrics.has(metric.name)) throw new Error(`metric ${metric.name} registered twice`);
    this.metrics.set(metric.name, metric);
    return metric;
  }
}
