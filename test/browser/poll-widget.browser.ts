/**
 * The poll widget (examples/poll-widget, built by `npm run test:browser`) in Debian's Chromium
 * against the facade on the embedded emulator. The widget is served from its own loopback origin,
 * the facade allows exactly that origin (CORS_ORIGINS), so every call is a real cross-origin,
 * preflighted browser request. No wall-clock assertions: each step waits for a DOM condition.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { startHarness, type Harness } from '../integration/server/facade-harness.js';
import { launchChromium, screenshotsOnFailure } from './support/browser.js';
import { serveWidget, type StaticServer } from './support/static-server.js';
import {
  navigations,
  operationNames,
  pollCard,
  refreshPolls,
  sendPoll,
  signIn,
  waitForTotal,
  type WidgetUser,
} from './support/widget.js';

const WIDGET_DIST = join(process.cwd(), 'examples', 'poll-widget', 'dist');
/** Set to a folder to (re)take the README's screenshots of the widget. */
const SCREENSHOTS_DIR = process.env.WIDGET_SCREENSHOTS_DIR;

let harness: Harness;
let widget: StaticServer;
let browser: Browser;
const users: WidgetUser[] = [];

beforeAll(async () => {
  if (!existsSync(join(WIDGET_DIST, 'index.html'))) {
    throw new Error(`${WIDGET_DIST} is missing: run \`npm run test:browser\`, which builds the widget first`);
  }
  let facadeUrl = '';
  widget = await serveWidget(WIDGET_DIST, () => facadeUrl);
  harness = await startHarness({ CORS_ORIGINS: widget.origin }, 'emulator', { traffic: true });
  facadeUrl = harness.facade.graphqlUrl;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await widget?.close();
  await harness?.close();
});

async function user(n: number): Promise<WidgetUser> {
  const signedIn = await signIn(browser, widget.origin, n);
  users.push(signedIn);
  return signedIn;
}

afterEach(async () => {
  for (const u of users.splice(0)) await u.context.close();
});

test('user 1 sends a poll, user 2 votes with the keyboard only, user 1 sees the count live (no reload, no Refresh)', async () => {
  const alice = await user(1);
  const bob = await user(2);
  await screenshotsOnFailure('two users', { user1: alice.page, user2: bob.page }, async () => {
    await sendPoll(alice.page, 'Where do we meet?', ['Office', 'Online']);
    const aliceCard = pollCard(alice.page, 'Where do we meet?');
    await waitForTotal(aliceCard, '0 votes in total');
    const aliceOperations = operationNames(alice.page);

    // The cards read their polls from the list's cache entries: no poll request of their own.
    const bobOperations = operationNames(bob.page);

    // User 2, keyboard only: Enter on Refresh polls; Tab to the new poll's first answer (newest
    // first), Space, Tab to Vote, Enter.
    await bob.page.getByRole('button', { name: 'Refresh polls' }).focus();
    await bob.page.keyboard.press('Enter');
    const bobCard = pollCard(bob.page, 'Where do we meet?');
    await waitForTotal(bobCard, '0 votes in total');
    await bobCard.getByText('by Anna Admin').waitFor(); // Poll.author, from the chat's history
    expect(bobOperations).toEqual(['WidgetChatPolls']);
    await bob.page.keyboard.press('Tab'); // into the radio group
    const office = bobCard.getByRole('radio', { name: 'Office' });
    expect(await office.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    // Focus is visible: the keyboard-focused control draws the :focus-visible outline.
    expect(
      await office.evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).outlineStyle),
    ).toBe('solid');
    await bob.page.keyboard.press('Space');
    await bob.page.keyboard.press('Tab');
    expect(
      await bobCard
        .getByRole('button', { name: 'Vote' })
        .evaluate((el) => el === el.ownerDocument.activeElement),
    ).toBe(true);
    await bob.page.keyboard.press('Enter');
    await waitForTotal(bobCard, '1 vote in total');
    await bobCard.getByText('You have voted.').waitFor();
    expect(await office.isDisabled()).toBe(true);

    // User 1 presses nothing: the subscription's event updates the card in the cache.
    const aliceReloads = navigations(alice.page);
    await waitForTotal(aliceCard, '1 vote in total');
    await aliceCard.getByText(/1 vote \(100%\)/).waitFor();
    expect(aliceReloads()).toBe(0);
    expect(aliceOperations).not.toContain('PollCard');

    if (SCREENSHOTS_DIR !== undefined) {
      await mkdir(SCREENSHOTS_DIR, { recursive: true });
      await alice.page.screenshot({ path: join(SCREENSHOTS_DIR, 'bitrix24-author.png'), fullPage: true });
      await bob.page.screenshot({ path: join(SCREENSHOTS_DIR, 'bitrix24-voter.png'), fullPage: true });
    }
  });
});

test('a close by the author disables voting in the other context without a reload', async () => {
  const alice = await user(1);
  const bob = await user(2);
  await screenshotsOnFailure('closed poll', { user1: alice.page, user2: bob.page }, async () => {
    await sendPoll(alice.page, 'Ship on Friday?', ['Yes', 'No']);
    const aliceCard = pollCard(alice.page, 'Ship on Friday?');
    await waitForTotal(aliceCard, '0 votes in total');
    await refreshPolls(bob.page);
    const bobCard = pollCard(bob.page, 'Ship on Friday?');
    await waitForTotal(bobCard, '0 votes in total');
    expect(await bobCard.getByRole('radio', { name: 'Yes' }).isDisabled()).toBe(false);

    const bobReloads = navigations(bob.page);
    const bobOperations = operationNames(bob.page);
    await aliceCard.getByRole('button', { name: 'Stop poll' }).click();
    await aliceCard.getByRole('button', { name: 'Resume poll' }).waitFor();
    await aliceCard.getByText('This poll is closed.').waitFor();

    // User 2 does nothing: the stop reaches their card over the subscription and disables it.
    await bobCard.getByRole('radio', { name: 'Yes', disabled: true }).waitFor();
    await bobCard.getByText('This poll is closed.').waitFor();
    expect(await bobCard.getByRole('button', { name: 'Vote' }).isDisabled()).toBe(true);
    await waitForTotal(bobCard, '0 votes in total');
    expect(bobReloads()).toBe(0);
    expect(bobOperations).toEqual([]); // no request at all: the event came over the socket

    if (SCREENSHOTS_DIR !== undefined) {
      await bob.page.screenshot({ path: join(SCREENSHOTS_DIR, 'bitrix24-closed.png'), fullPage: true });
    }
  });
});

test('several answers and a recall: user 1 sees the counts follow user 2 live', async () => {
  const alice = await user(1);
  const bob = await user(2);
  await screenshotsOnFailure('recall', { user1: alice.page, user2: bob.page }, async () => {
    await sendPoll(alice.page, 'Which days?', ['Mon', 'Tue', 'Wed'], {
      multipleChoice: true,
      revoteAllowed: true,
    });
    const aliceCard = pollCard(alice.page, 'Which days?');
    await waitForTotal(aliceCard, '0 votes in total');
    await refreshPolls(bob.page);
    const bobCard = pollCard(bob.page, 'Which days?');
    await bobCard.getByRole('checkbox', { name: 'Mon' }).check();
    await bobCard.getByRole('checkbox', { name: 'Wed' }).check();
    await bobCard.getByRole('button', { name: 'Vote' }).click();
    await bobCard.getByText('Mon (your choice)').waitFor();
    await bobCard.getByText('Wed (your choice)').waitFor();
    // A revote poll stays open to the voter: the button offers a change, and a recall.
    await bobCard.getByRole('button', { name: 'Change vote' }).waitFor();
    await waitForTotal(aliceCard, '1 vote in total');
    expect(await aliceCard.getByRole('listitem').filter({ hasText: 'Tue' }).textContent()).toContain(
      '0 votes',
    );

    await bobCard.getByRole('button', { name: 'Recall my vote' }).click();
    await bobCard.getByRole('button', { name: 'Vote', exact: true }).waitFor();
    await waitForTotal(bobCard, '0 votes in total');
    expect(await bobCard.getByText('(your choice)').count()).toBe(0);
    await waitForTotal(aliceCard, '0 votes in total');
  });
});

test('a poll the facade refuses shows which field to fix, and nothing is sent', async () => {
  const alice = await user(1);
  await screenshotsOnFailure('validation', { user1: alice.page }, async () => {
    const sends = () =>
      harness.emulator.calls().filter((c) => c.method === 'vote.Integration.Im.send').length;
    const before = sends();
    await sendPoll(alice.page, 'Only one answer?', ['Yes']);
    const form = alice.page.getByRole('form', { name: 'New poll' });
    await form.getByRole('alert').filter({ hasText: 'That cannot be sent as it is.' }).waitFor();
    expect(await form.getByRole('alert').textContent()).toMatch(/Check the answers/);
    expect(await alice.page.getByRole('article', { name: 'Only one answer?' }).count()).toBe(0);
    expect(sends()).toBe(before);
  });
});

test('a token the facade does not accept is reported as a sign-in problem', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  users.push({ context, page });
  await screenshotsOnFailure('bad token', { user: page }, async () => {
    await page.goto(widget.origin);
    await page.getByLabel('Or an access token').fill('not-a-dev-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Your sign-in was not accepted.' }).first().waitFor();
  });
});
