/**
 * Tracing off (no OTEL_EXPORTER_OTLP_ENDPOINT): startTracing gives nothing and never imports the
 * OpenTelemetry SDK, requests are served as usual, and the only files that import OpenTelemetry
 * at run time are the ones startTracing loads on demand (no other file imports them statically).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startTracing, tracingSdkLoaded } from '../../../src/observability/tracing/tracing.js';
import { readTracingConfig } from '../../../src/observability/tracing/tracing-config.js';
import { API_KEY, startOpsHarness } from './ops-harness.js';

const SRC = join(process.cwd(), 'src');
const ON_DEMAND = 'observability/tracing/otel/';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Static `import ... from '<x>'` that are not `import type` (those vanish at compile time). */
function runtimeImports(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms))
    found.push(match[2]!);
  return found;
}

it('tracing off: nothing to start, no SDK loaded, requests served', async () => {
  const tracing = await startTracing(readTracingConfig({}));
  expect(tracing).toBeUndefined();
  const h = await startOpsHarness();
  try {
    const response = await fetch(h.facade.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
      body: JSON.stringify({ query: 'query { chat(dialogId: "chat1") { chatId } }' }),
    });
    expect(((await response.json()) as { data?: unknown }).data).toEqual({ chat: { chatId: 1 } });
  } finally {
    await h.close();
  }
  expect(tracingSdkLoaded()).toBe(false);
});

it('only the on-demand tracing files import OpenTelemetry at run time, and nothing imports them statically', () => {
  const offenders: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const path = relative(SRC, file);
    const onDemand = path.startsWith(ON_DEMAND);
    for (const target of runtimeImports(readFileSync(file, 'utf8'))) {
      if (target.startsWith('@opentelemetry/') && !onDemand) offenders.push(`${path} -> ${target}`);
      if (target.includes('/otel/') && !onDemand) offenders.push(`${path} -> ${target}`);
    }
  }
  expect(offenders).toEqual([]);
});
