import { Registry, escapeHelp, escapeLabelValue } from '../../../../src/server/metrics/registry.js';

describe('metrics registry: Prometheus text exposition', () => {
  it('renders HELP and TYPE lines, unlabelled metrics from the start, labelled ones once used', () => {
    const registry = new Registry();
    const plain = registry.counter({ name: 'x_events_total', help: 'Events.' });
    registry.counter({ name: 'x_codes_total', help: 'Codes.', labelNames: ['code'] });
    expect(registry.render()).toBe(
      '# HELP x_events_total Events.\n# TYPE x_events_total counter\nx_events_total 0\n' +
        '# HELP x_codes_total Codes.\n# TYPE x_codes_total counter\n',
    );
    plain.inc();
    plain.inc(undefined, 2);
    expect(registry.render()).toContain('\nx_events_total 3\n');
  });

  it('escapes help text (backslash, newline) and label values (backslash, quote, newline)', () => {
    expect(escapeHelp('a\\b\nc "q"')).toBe('a\\\\b\\nc "q"');
    expect(escapeLabelValue('a\\b\n"c"')).toBe('a\\\\b\\n\\"c\\"');
    const registry = new Registry();
    registry
      .counter({ name: 'x_total', help: 'Line one\nback\\slash', labelNames: ['v'] })
      .inc({ v: 'say "hi"\\\n' });
    const text = registry.render();
    expect(text).toContain('# HELP x_total Line one\\nback\\\\slash\n');
    expect(text).toContain('x_total{v="say \\"hi\\"\\\\\\n"} 1\n');
  });

  it('renders histogram buckets cumulatively, with +Inf, _sum and _count', () => {
    const registry = new Registry();
    const h = registry.histogram({
      name: 'x_seconds',
      help: 'Durations.',
      labelNames: ['op'],
      buckets: [0.1, 1, 5],
    });
    for (const value of [0.05, 0.1, 0.5, 2, 7]) h.observe({ op: 'query' }, value);
    const lines = registry.render().trim().split('\n');
    expect(lines).toEqual([
      '# HELP x_seconds Durations.',
      '# TYPE x_seconds histogram',
      'x_seconds_bucket{op="query",le="0.1"} 2',
      'x_seconds_bucket{op="query",le="1"} 3',
      'x_seconds_bucket{op="query",le="5"} 4',
      'x_seconds_bucket{op="query",le="+Inf"} 5',
      'x_seconds_sum{op="query"} 9.65',
      'x_seconds_count{op="query"} 5',
    ]);
  });

  it('gauges: set per label set, collect callbacks run at render time', () => {
    const registry = new Registry();
    let reads = 0;
    registry.gauge({ name: 'x_live', help: 'Live value.', collect: (g) => g.set(++reads) });
    const level = registry.gauge({ name: 'x_level', help: 'Level.', labelNames: ['portal'] });
    level.set({ portal: 'a.example' }, 1.5);
    level.set({ portal: 'a.example' }, 2);
    expect(registry.render()).toContain('x_live 1\n');
    const text = registry.render();
    expect(text).toContain('x_live 2\n');
    expect(text).toContain('x_level{portal="a.example"} 2\n');
  });

  it('refuses bad names, duplicate metrics, decreasing counters and unsorted buckets', () => {
    const registry = new Registry();
    expect(() => registry.counter({ name: 'bad-name', help: '' })).toThrow(/metric name/);
    expect(() => registry.counter({ name: 'x_total', help: '', labelNames: ['le'] })).toThrow(/label name/);
    registry.counter({ name: 'x_total', help: '' });
    expect(() => registry.counter({ name: 'x_total', help: '' })).toThrow(/twice/);
    expect(() => registry.counter({ name: 'y_total', help: '' }).inc(undefined, -1)).toThrow(/up/);
    expect(() => registry.histogram({ name: 'z', help: '', buckets: [1, 1] })).toThrow(/increase/);
  });

  it('folds label sets beyond the series cap into one "other" series', () => {
    const registry = new Registry();
    const counter = registry.counter({ name: 'x_total', help: '', labelNames: ['code'] });
    for (let i = 0; i < 600; i++) counter.inc({ code: `C${i}` });
    const lines = registry
      .render()
      .split('\n')
      .filter((line) => line.startsWith('x_total{'));
    expect(lines).toHaveLength(501);
    expect(lines).toContain('x_total{code="other"} 100');
  });
});
