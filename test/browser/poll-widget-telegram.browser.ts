/**
 * The poll widget on a Telegram chat (tg:chat:1 of the embedded Telegram server), two users in two
 * browser contexts: user 1 sends a poll, user 2 finds it in the chat's list (Chat.polls on
 * Telegram) and votes (by Answer.id), user 1 sees the count live; the card offers what Poll.capabilities allows (never Resume on Telegram); a
 * quiz reveals its correct answer after the vote. Each step waits for a DOM condition.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startTelegramFacade, type TelegramFacade } from '../support/telegram-facade.js';
import type { Harness } from '../integration/server/facade-harness.js';
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
const SCREENSHOTS_DIR = process.env.WIDGET_SCREENSHOTS_DIR;
const CHAT = 'tg:chat:1';

let setup: TelegramFacade;
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
  setup = await startTelegramFacade({ '1': 'user-1', '2': 'user-2' }, { CORS_ORIGINS: widget.origin });
  harness = setup.h;
  facadeUrl = harness.facade.graphqlUrl;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await widget?.close();
  await setup?.close();
});

afterEach(async () => {
  for (const u of users.splice(0)) await u.context.close();
});

/** User n, signed in, with the Telegram chat open. */
async function userInTelegramChat(n: number): Promise<WidgetUser> {
  const signedIn = await signIn(browser, widget.origin, n);
  users.push(signedIn);
  const picker = signedIn.page.getByLabel('Chat', { exact: true });
  await picker.fill(CHAT);
  await signedIn.page.getByRole('button', { name: 'Open chat' }).click();
  // the header names the Telegram group (seeded as "chat 1") and its members
  await signedIn.page.getByRole('heading', { name: /^chat 1 \(\d+ members\)$/ }).waitFor();
  return signedIn;
}

test('a Telegram poll: user 1 sends it, user 2 finds it in the chat and votes, user 1 sees it live; no Resume', async () => {
  const alice = await userInTelegramChat(1);
  const bob = await userInTelegramChat(2);
  await screenshotsOnFailure('telegram poll', { user1: alice.page, user2: bob.page }, async () => {
    await sendPoll(alice.page, 'Tea or coffee?', ['Tea', 'Coffee']);
    const aliceCard = pollCard(alice.page, 'Tea or coffee?');
    await waitForTotal(aliceCard, '0 votes in total');
    // Telegram polls never reopen: Resume is not offered, now or after the close.
    expect(await aliceCard.getByRole('button', { name: 'Resume poll' }).count()).toBe(0);

    await refreshPolls(bob.page);
    const bobCard = pollCard(bob.page, 'Tea or coffee?');
    await bobCard.getByText('by Anna Admin').waitFor(); // Poll.author, from the chat's history
    await waitForTotal(bobCard, '0 votes in total');
    const aliceReloads = navigations(alice.page);
    const aliceOperations = operationNames(alice.page);
    await bobCard.getByRole('radio', { name: 'Tea' }).check();
    await bobCard.getByRole('button', { name: 'Vote' }).click();
    await bobCard.getByText('Tea (your choice)').waitFor();
    await waitForTotal(bobCard, '1 vote in total');

    // User 1 presses nothing: the count arrives over the subscription.
    await waitForTotal(aliceCard, '1 vote in total');
    await aliceCard.getByText(/1 vote \(100%\)/).waitFor();
    expect(aliceReloads()).toBe(0);
    expect(aliceOperations).toEqual([]);
    if (SCREENSHOTS_DIR !== undefined) {
      await mkdir(SCREENSHOTS_DIR, { recursive: true });
      await alice.page.screenshot({ path: join(SCREENSHOTS_DIR, 'telegram-author.png'), fullPage: true });
      await bob.page.screenshot({ path: join(SCREENSHOTS_DIR, 'telegram-voter.png'), fullPage: true });
    }

    // The author closes it: user 2's card turns read-only by itself; nobody is offered Resume.
    await aliceCard.getByRole('button', { name: 'Stop poll' }).click();
    await aliceCard.getByText('This poll is closed.').waitFor();
    await bobCard.getByText('This poll is closed.').waitFor();
    expect(await bobCard.getByRole('radio', { name: 'Coffee' }).isDisabled()).toBe(true);
    expect(await aliceCard.getByRole('button', { name: 'Resume poll' }).count()).toBe(0);
    expect(await bobCard.getByRole('button', { name: 'Resume poll' }).count()).toBe(0);
    if (SCREENSHOTS_DIR !== undefined) {
      await alice.page.screenshot({ path: join(SCREENSHOTS_DIR, 'telegram-closed.png'), fullPage: true });
    }
  });
});

test('a Telegram quiz shows its correct answer to the voter after the vote, not before', async () => {
  const alice = await userInTelegramChat(1);
  const bob = await userInTelegramChat(2);
  await screenshotsOnFailure('telegram quiz', { user1: alice.page, user2: bob.page }, async () => {
    const form = alice.page.getByRole('form', { name: 'New poll' });
    await form.getByLabel('Quiz (one correct answer)').check();
    await form.getByLabel('Question').fill('Capital of France?');
    await form.getByLabel('Answer 1', { exact: true }).fill('Lyon');
    await form.getByLabel('Answer 2', { exact: true }).fill('Paris');
    await form.getByLabel('Correct answer', { exact: true }).selectOption({ label: 'Answer 2: Paris' });
    await form.getByRole('button', { name: 'Send poll' }).click();
    await waitForTotal(pollCard(alice.page, 'Capital of France?'), '0 votes in total');

    await refreshPolls(bob.page);
    const bobCard = pollCard(bob.page, 'Capital of France?');
    await waitForTotal(bobCard, '0 votes in total');
    expect(await bobCard.getByText('(correct answer)').count()).toBe(0);
    await bobCard.getByRole('radio', { name: 'Lyon' }).check();
    await bobCard.getByRole('button', { name: 'Vote' }).click();
    await bobCard.getByText('Paris (correct answer)').waitFor();
    await bobCard.getByText('Lyon (your choice)').waitFor();
    // A quiz ballot is final: no recall, no second vote.
    expect(await bobCard.getByRole('button', { name: 'Recall my vote' }).count()).toBe(0);
    expect(await bobCard.getByRole('button', { name: 'Vote' }).isDisabled()).toBe(true);
  });
});
