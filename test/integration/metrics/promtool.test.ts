/**
 * The exposition after real traffic passes `promtool check metrics` (Debian's `prometheus`
 * package, which .ci/run installs). Without promtool the test is skipped and says why.
 */
import { spawnSync } from 'node:child_process';
import { postGraphQL } from '../server/facade-harness.js';
import { scrape, startMetricsHarness, type MetricsHarness } from './metrics-harness.js';

const promtool = spawnSync('promtool', ['--version'], { encoding: 'utf8' });
const available = promtool.status === 0;
if (!available) {
  process.stdout.write('promtool.test: skipped, promtool is not installed (apt-get install prometheus)\n');
}
const maybe = available ? describe : describe.skip;

maybe('promtool check metrics', () => {
  let h: MetricsHarness;
  beforeAll(async () => {
    h = await startMetricsHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('finds no problem in the exposition after traffic', async () => {
    const reply = await postGraphQL(h.facade, 'query { polls(messageIds: [1, 2]) { messageId } }', {
      authorization: 'Bearer dev-token-1',
    });
    expect(reply.status).toBe(200);
    const { text } = await scrape(h.facade);
    expect(text).toContain('b24facade_portal_requests_total{method=');
    const check = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    // promtool prints lint findings on stderr and exits non-zero on any of them.
    expect({ status: check.status, out: `${check.stdout}${check.stderr}`.trim() }).toEqual({
      status: 0,
      out: '',
    });
  });
});
