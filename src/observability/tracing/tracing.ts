/**
 * Optional OpenTelemetry tracing. This file is all the rest of the facade imports, and it loads no
 * OpenTelemetry code: `startTracing` imports the SDK (otel/tracing-sdk.ts) only when tracing is
 * on, so with tracing off nothing of it is loaded and nothing runs on the hot path.
 *
 * Spans: one per GraphQL operation (Apollo plugin: requestDidStart, didResolveOperation,
 * willSendResponse; no per-field hooks), one per portal call as its child (method, batched or
 * alone, retries, HTTP status and portal error code of a failure), and one per `batch` request
 * (command count). They carry method names, codes, counts and scrubbed URLs, never a credential.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { PortalCaller } from '../../backends/bitrix24/portal-caller.js';
import type { TrafficObserver } from '../../backends/bitrix24/traffic/traffic-observer.js';
import { readTracingConfig, type TracingConfig } from './tracing-config.js';

export interface Tracing {
  /** for the traffic engine (trafficObserverFor): portal requests, batches, retries */
  readonly observer: TrafficObserver;
  /** the operation span */
  readonly plugin: ApolloServerPlugin<object>;
  /** wraps the engine so each portal call gets its span, in the calling request's trace */
  wrapPortal(portal: PortalCaller): PortalCaller;
  /** flushes spans still buffered and stops exporting */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** Test seam: spans go here (synchronously) instead of to the OTLP endpoint. */
  exporter?: SpanExporter;
}

let sdkLoaded = false;

/** Whether the OpenTelemetry SDK was ever loaded in this process (tests check it stays false). */
export function tracingSdkLoaded(): boolean {
  return sdkLoaded;
}

/** Tracing for `config`, or undefined when it is off (then nothing is imported). */
export async function startTracing(
  config: TracingConfig,
  options: TracingOptions = {},
): Promise<Tracing | undefined> {
  if (!config.enabled) return undefined;
  const sdk = await import('./otel/tracing-sdk.js');
  sdkLoaded = true;
  return sdk.createTracing(config, options);
}

/** `startTracing` from the process environment's OTEL_* variables. */
export function startTracingFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  options: TracingOptions = {},
): Promise<Tracing | undefined> {
  return startTracing(readTracingConfig(env), options);
}
