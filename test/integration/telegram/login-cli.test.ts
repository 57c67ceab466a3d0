/**
 * The login command against the embedded Telegram server, driven with scripted input (phone, code,
 * 2FA password), storing the session under a webhook caller's link key; a facade configured for
 * "real" Telegram (the embedded server stands in for it) then acts as that account for that caller.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { HeaderMap } from '@apollo/server';
import {
  startTelegramEmulator,
  type RunningTelegramEmulator,
} from '../../../src/emulators/telegram/server.js';
import { DEV_2FA_PASSWORD, DEV_LOGIN_CODE } from '../../../src/emulators/telegram/store/default-seed.js';
import { runLoginCli } from '../../../src/backends/telegram/login/cli.js';
import { telegramLinkKey } from '../../../src/app/telegram-link-key.js';
import { resolveIdentity } from '../../../src/graphql/identity.js';
import { startHarness } from '../server/facade-harness.js';
import type { Facade } from '../../../src/app/create-facade.js';

let telegram: RunningTelegramEmulator;
let dir: string;

beforeAll(async () => {
  telegram = await startTelegramEmulator();
  dir = await mkdtemp(join(tmpdir(), 'tg-login-'));
});
afterAll(async () => {
  await telegram?.close();
  await rm(dir, { recursive: true, force: true });
});

async function login(argv: string[], answers: string[]): Promise<{ summary: string; prompts: string }> {
  const input = new PassThrough();
  let prompts = '';
  input.end(answers.map((line) => `${line}\n`).join(''));
  const summary = await runLoginCli([...argv, '--emulator', telegram.controlUrl], {
    input,
    write: (text) => (prompts += text),
    env: {},
  });
  return { summary, prompts };
}

const API_KEY = 'k'.repeat(20);

test('phone, code and 2FA password: the session is stored under the API key caller, who then acts as that account', async () => {
  const file = join(dir, 'sessions.json');
  const { summary, prompts } = await login(
    ['--api-key', '1', '--file', file],
    ['+1 555 000 0005', DEV_LOGIN_CODE, DEV_2FA_PASSWORD],
  );
  expect(prompts).toBe('Phone number (international format): Login code: 2FA password: ');
  expect(summary).toBe(`Logged in as Telegram user 5; session stored for api-key#1 in ${file}`);
  expect(Object.keys(JSON.parse(await readFile(file, 'utf8')))).toEqual(['api-key#1']);

  const harness = await startHarness(
    {
      FACADE_API_KEYS: API_KEY,
      TELEGRAM_API_ID: '1',
      TELEGRAM_API_HASH: '0123456789abcdef0123456789abcdef',
      TELEGRAM_SESSION_FILE: file,
    },
    'webhook',
  );
  try {
    const facade = harness.facade as Facade;
    expect(facade.telegram.emulator).toBeUndefined();
    const identity = resolveIdentity(new HeaderMap([['x-api-key', API_KEY]]), {
      target: facade.target,
      apiKeys: [API_KEY],
      allowAnonymous: false,
    });
    if (identity.kind !== 'identified') throw new Error('not identified');
    const actor = await facade.telegram.access!.actorFor(telegramLinkKey(identity.identity));
    const poll = await actor!.polls.create(
      { kind: 'chat', id: 1 },
      { question: 'Q', answers: [{ text: 'a' }, { text: 'b' }] },
    );
    const state = (await (await fetch(`${telegram.controlUrl}state/poll?pollId=${poll.pollId}`)).json()) as {
      poll: { creatorId: number };
    };
    expect(state.poll.creatorId).toBe(5);
    expect(await facade.telegram.access!.actorFor('api-key#2')).toBeNull();
  } finally {
    await harness.close();
  }
});

test('a wrong 2FA password fails the login and stores nothing', async () => {
  const file = join(dir, 'wrong.json');
  await expect(
    login(['--subject', 'someone', '--file', file], ['+15550000005', DEV_LOGIN_CODE, 'not-it']),
  ).rejects.toMatchObject({ errorMessage: 'PASSWORD_HASH_INVALID' });
  await expect(readFile(file, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
});

test('an account without a password is not asked for one', async () => {
  const file = join(dir, 'plain.json');
  const { prompts } = await login(['--subject', 'someone', '--file', file], ['+15550000003', DEV_LOGIN_CODE]);
  expect(prompts).toBe('Phone number (international format): Login code: ');
});

test('without a place to store the session the command refuses before asking anything', async () => {
  await expect(login(['--api-key', '1'], [])).rejects.toThrow(
    'give --file, or set TELEGRAM_SESSION_FILE or REDIS_URL',
  );
});
