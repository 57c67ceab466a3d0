/**
 * examples/urql-client (built by `npm run test:browser`) run as a developer runs it, against the
 * facade on the embedded emulator: urql with its defaults sends its queries as GET, and they must
 * work (the Authorization header is what lets them past CSRF prevention); its subscriptionExchange
 * over graphql-ws delivers the other user's vote live.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startHarness, type Harness } from '../integration/server/facade-harness.js';

const MAIN = join(process.cwd(), 'examples', 'urql-client', 'dist', 'main.js');
let harness: Harness;

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run test:browser\`, which builds it`);
  harness = await startHarness({}, 'emulator', { traffic: true });
});
afterAll(async () => harness?.close());

test('urql with its defaults: queries as GET, two users, the vote arrives live over the subscription and is read back', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [MAIN], {
    env: { ...process.env, FACADE_URL: harness.facade.graphqlUrl },
  });
  // user 1's subscriptionExchange (graphql-ws) delivers user 2's vote before any read
  expect(stdout).toContain('live: {"source":"MUTATION","totalVotes":1}');
  expect(stdout).toContain('read back: {"totalVotes":1}');
  const requests = JSON.parse(/^requests: (.*)$/m.exec(stdout)?.[1] ?? '{}') as Record<string, number>;
  // chat + poll read back are queries (GET); sendPoll + castBallot are mutations (POST).
  expect(requests).toEqual({ GET: 2, POST: 2 });
});
