/** The poll widget as a user drives it: by labels and roles, as a screen reader would find things. */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

export interface WidgetUser {
  context: BrowserContext;
  page: Page;
}

/** A browser context of its own (own sessionStorage, own Apollo cache) signed in as emulator user n. */
export async function signIn(browser: Browser, origin: string, user: number): Promise<WidgetUser> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin);
  await page.getByLabel('Emulator user').selectOption(String(user));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'New poll' }).waitFor();
  return { context, page };
}

export interface PollOptions {
  multipleChoice?: boolean;
  revoteAllowed?: boolean;
}

export async function sendPoll(
  page: Page,
  question: string,
  answers: string[],
  options: PollOptions = {},
): Promise<void> {
  const form = page.getByRole('form', { name: 'New poll' });
  if (options.multipleChoice) await form.getByLabel('Several answers may be chosen').check();
  if (options.revoteAllowed) await form.getByLabel('Voters may change their vote').check();
  await form.getByLabel('Question').fill(question);
  for (let i = 2; i < answers.length; i++) await form.getByRole('button', { name: 'Add answer' }).click();
  for (const [i, answer] of answers.entries())
    await form.getByLabel(`Answer ${i + 1}`, { exact: true }).fill(answer);
  await form.getByRole('button', { name: 'Send poll' }).click();
}

/** The card of the poll whose question is `question` (an article named by its heading). */
export function pollCard(page: Page, question: string): Locator {
  return page.getByRole('article', { name: question });
}

/** Waits until the card's live region says `text` (e.g. "1 vote in total"). */
export async function waitForTotal(card: Locator, text: string): Promise<void> {
  await card.getByRole('status').filter({ hasText: text }).waitFor();
}

/** Reads the chat's polls again (another user's new poll shows up on top). */
export async function refreshPolls(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Refresh polls' }).click();
}

/** The GraphQL operation names the page sends over HTTP from now on (subscriptions use the socket). */
export function operationNames(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    const name = /"operationName":"(\w+)"/.exec(request.postData() ?? '')?.[1];
    if (name !== undefined) names.push(name);
  });
  return names;
}

/** Counts the page's main-frame navigations (a reload) from now on. */
export function navigations(page: Page): () => number {
  let count = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) count++;
  });
  return () => count;
}
