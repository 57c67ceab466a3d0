/**
 * Whether tracing is on, from the standard OpenTelemetry environment variables: on when an OTLP
 * endpoint is set (`OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`), off
 * again with `OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none`. The exporter itself reads
 * the other OTEL_EXPORTER_OTLP_* variables (headers, timeout, compression, certificates).
 */
export const DEFAULT_SERVICE_NAME = 'b24-graphql-facade';

export interface TracingConfig {
  enabled: boolean;
  /** OTEL_SERVICE_NAME, or the facade's own name */
  serviceName: string;
  /** OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG as given (tracing-sdk.ts maps the standard ones) */
  sampler?: string;
  samplerArg?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

function set(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

export function readTracingConfig(env: Env): TracingConfig {
  const endpoint = set(env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']) ?? set(env['OTEL_EXPORTER_OTLP_ENDPOINT']);
  const disabled =
    set(env['OTEL_SDK_DISABLED'])?.toLowerCase() === 'true' ||
    set(env['OTEL_TRACES_EXPORTER'])?.toLowerCase() === 'none';
  const sampler = set(env['OTEL_TRACES_SAMPLER'])?.toLowerCase();
  const samplerArg = set(env['OTEL_TRACES_SAMPLER_ARG']);
  return {
    enabled: endpoint !== undefined && !disabled,
    serviceName: set(env['OTEL_SERVICE_NAME']) ?? DEFAULT_SERVICE_NAME,
    ...(sampler === undefined ? {} : { sampler }),
    ...(samplerArg === undefined ? {} : { samplerArg }),
  };
}
