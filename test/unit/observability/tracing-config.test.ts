import {
  DEFAULT_SERVICE_NAME,
  readTracingConfig,
} from '../../../src/observability/tracing/tracing-config.js';

describe('readTracingConfig', () => {
  it('is off without an OTLP endpoint', () => {
    expect(readTracingConfig({})).toEqual({ enabled: false, serviceName: DEFAULT_SERVICE_NAME });
    expect(readTracingConfig({ OTEL_SERVICE_NAME: 'x', OTEL_EXPORTER_OTLP_ENDPOINT: ' ' }).enabled).toBe(
      false,
    );
  });

  it('is on with OTEL_EXPORTER_OTLP_ENDPOINT or the traces endpoint', () => {
    expect(readTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).enabled).toBe(true);
    expect(readTracingConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces' }).enabled).toBe(
      true,
    );
  });

  it('honours OTEL_SDK_DISABLED, OTEL_TRACES_EXPORTER=none, the service name and the sampler', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(readTracingConfig({ ...endpoint, OTEL_SDK_DISABLED: 'true' }).enabled).toBe(false);
    expect(readTracingConfig({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' }).enabled).toBe(false);
    expect(
      readTracingConfig({
        ...endpoint,
        OTEL_SERVICE_NAME: 'facade-eu',
        OTEL_TRACES_SAMPLER: 'TraceIdRatio',
        OTEL_TRACES_SAMPLER_ARG: '0.1',
      }),
    ).toEqual({ enabled: true, serviceName: 'facade-eu', sampler: 'traceidratio', samplerArg: '0.1' });
  });
});
