/**
 * The widget's origin must be one the facade's CORS answers (CORS_ORIGINS in production): served
 * from an origin the facade does not list, the browser refuses the preflight, no GraphQL request is
 * made, and the widget says it cannot reach the facade. (poll-widget.browser.ts runs the same build
 * from an allowed origin.)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startHarness, type Harness } from '../integration/server/facade-harness.js';
import { launchChromium, screenshotsOnFailure } from './support/browser.js';
import { serveWidget, type StaticServer } from './support/static-server.js';

const WIDGET_DIST = join(process.cwd(), 'examples', 'poll-widget', 'dist');
let harness: Harness;
let widget: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(WIDGET_DIST, 'index.html')))
    throw new Error(`${WIDGET_DIST} is missing: run npm run test:browser`);
  widget = await serveWidget(WIDGET_DIST, () => harness.facade.graphqlUrl);
  harness = await startHarness({ CORS_ORIGINS: 'https://widget.example.com' }, 'emulator');
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await widget?.close();
  await harness?.close();
});

test('from an origin the facade does not allow, the widget reports it cannot reach the facade', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await screenshotsOnFailure('cors refused', { user: page }, async () => {
      await page.goto(widget.origin);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'The facade cannot be reached.' }).first().waitFor();
      // The refused preflight stops the request in the browser: nothing reaches the portal.
      expect(harness.emulator.calls()).toHaveLength(0);
    });
  } finally {
    await context.close();
  }
});
