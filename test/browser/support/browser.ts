/**
 * Debian's Chromium driven by playwright-core (Playwright's own browser download is not used: it
 * needs hosts CI cannot reach). CHROMIUM_PATH overrides the binary.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where failing tests leave their screenshots (.ci/run lists this folder on failure). */
export const ARTIFACTS_DIR =
  process.env.BROWSER_ARTIFACTS_DIR ?? join(process.cwd(), 'test-results', 'browser');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Runs `body`; when it throws, saves a full-page screenshot of each named page, then rethrows. */
export async function screenshotsOnFailure(
  test: string,
  pages: Record<string, Page>,
  body: () => Promise<void>,
): Promise<void> {
  try {
    await body();
  } catch (error) {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const slug = test.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    const saved: string[] = [];
    for (const [name, page] of Object.entries(pages)) {
      const path = join(ARTIFACTS_DIR, `${slug}-${name}.png`);
      try {
        await page.screenshot({ path, fullPage: true });
        saved.push(path);
      } catch {
        // the page may be gone (the browser crashed): the error below still tells what failed
      }
    }
    if (error instanceof Error) error.message += `\nscreenshots: ${saved.join(', ') || 'none'}`;
    throw error;
  }
}
