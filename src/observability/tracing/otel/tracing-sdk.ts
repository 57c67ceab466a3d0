/**
 * The OpenTelemetry SDK side of tracing, imported only by `startTracing` (tracing.ts) when tracing
 * is on. A BasicTracerProvider of our own, not registered globally and with no context manager:
 * spans find their parent through the request scope the HTTP handler already keeps
 * (operation-spans.ts), so nothing is patched and no other library's spans get mixed in.
 */
import type { Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import {
  defaultResource,
  detectResources,
  envDetector,
  resourceFromAttributes,
} from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BasicTracerProvider,
  BatchSpanProcessor,
  ParentBasedSampler,
  SimpleSpanProcessor,
  TraceIdRatioBasedSampler,
  type Sampler,
} from '@opentelemetry/sdk-trace-base';
import type { Tracing, TracingOptions } from '../tracing.js';
import type { TracingConfig } from '../tracing-config.js';
import { OperationSpans, operationPlugin } from './operation-spans.js';
import { PortalSpans } from './portal-spans.js';

/** OTEL_TRACES_SAMPLER's standard values (SDK 2 leaves reading them to the application). */
function samplerOf(config: TracingConfig): Sampler {
  const ratio = Number(config.samplerArg ?? '1');
  const ratioSampler = new TraceIdRatioBasedSampler(
    Number.isFinite(ratio) ? Math.min(1, Math.max(0, ratio)) : 1,
  );
  switch (config.sampler) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return ratioSampler;
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: ratioSampler });
    default:
      // parentbased_always_on, the specification's default
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

export function createTracing(config: TracingConfig, options: TracingOptions): Tracing {
  // OTEL_RESOURCE_ATTRIBUTES and OTEL_SERVICE_NAME (envDetector) win over our default name.
  const resource = defaultResource()
    .merge(resourceFromAttributes({ 'service.name': config.serviceName }))
    .merge(detectResources({ detectors: [envDetector] }));
  const processor =
    options.exporter === undefined
      ? new BatchSpanProcessor(new OTLPTraceExporter()) // reads OTEL_EXPORTER_OTLP_* itself
      : new SimpleSpanProcessor(options.exporter);
  const provider = new BasicTracerProvider({
    resource,
    sampler: samplerOf(config),
    spanProcessors: [processor],
  });
  const tracer: Tracer = provider.getTracer('b24-graphql-facade');
  const operations = new OperationSpans();
  const portal = new PortalSpans(tracer, operations);
  return {
    observer: portal,
    plugin: operationPlugin(tracer, operations),
    wrapPortal: (inner) => portal.wrap(inner),
    shutdown: () => provider.shutdown(),
  };
}
