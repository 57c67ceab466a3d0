/** Logging a user session in against the embedded server with teleproto's real sign-in flow, then using it. */
import {
  startTelegramEmulator,
  type RunningTelegramEmulator,
} from '../../../src/emulators/telegram/server.js';
import { DEV_LOGIN_CODE } from '../../../src/emulators/telegram/store/default-seed.js';
import { loginTelegram } from '../../../src/backends/telegram/login/telegram-login.js';
import { MemoryTelegramSessionStore } from '../../../src/backends/telegram/sessions/memory.session-store.js';
import { TeleprotoInvoker } from '../../../src/backends/telegram/invoker/teleproto.invoker.js';
import { TelegramPolls } from '../../../src/backends/telegram/polls/telegram-polls.client.js';
import { control } from './tg-client.js';

let emulator: RunningTelegramEmulator;
beforeAll(async () => {
  emulator = await startTelegramEmulator();
});
afterAll(async () => {
  await emulator?.close();
});

const minted = async (): Promise<string> => (await control(emulator, 'POST', 'sessions')).session;

test('phone and code log a new session in as that user; the stored session then votes as them', async () => {
  const store = new MemoryTelegramSessionStore();
  const asked: string[] = [];
  const result = await loginTelegram({
    session: await minted(),
    apiId: 1,
    apiHash: 'emulator',
    phone: '+1 555 000 0004',
    code: async () => {
      asked.push('code');
      return DEV_LOGIN_CODE;
    },
    password: async () => {
      asked.push('password');
      return '';
    },
    store,
    subject: 'facade-user-4',
  });
  expect(result).toEqual({ telegramUserId: '4' });
  expect(asked).toEqual(['code']);

  const invoker = await TeleprotoInvoker.connect((await store.get('facade-user-4'))!, {
    apiId: 1,
    apiHash: 'emulator',
  });
  try {
    const poll = await new TelegramPolls(invoker).create(
      { kind: 'chat', id: 1 },
      { question: 'Q', answers: [{ text: 'a' }, { text: 'b' }] },
    );
    expect((await control(emulator, 'GET', `state/poll?pollId=${poll.pollId}`)).poll.creatorId).toBe(4);
  } finally {
    await invoker.close();
  }
});

test('a wrong code fails the login and stores nothing', async () => {
  const store = new MemoryTelegramSessionStore();
  await expect(
    loginTelegram({
      session: await minted(),
      apiId: 1,
      apiHash: 'emulator',
      phone: '+15550000002',
      code: async () => '00000',
      password: async () => '',
      store,
      subject: 'facade-user-2',
    }),
  ).rejects.toMatchObject({ errorMessage: 'PHONE_CODE_INVALID' });
  expect(await store.get('facade-user-2')).toBeUndefined();
});
