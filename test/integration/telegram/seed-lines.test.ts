/** What npm start prints about the embedded Telegram server: the seed and the tokens, never a session string. */
import { loadConfig } from '../../../src/config/config.js';
import { createFacade } from '../../../src/app/create-facade.js';
import { describeTelegramEmulator } from '../../../src/app/telegram-seed-lines.js';

test('the seed lines name the chats, the users per dev token and the bot, and no session string', async () => {
  const facade = await createFacade(
    loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }),
    { traffic: false, drainTimeoutMs: 2000 },
  );
  try {
    const { emulator, devSessions } = facade.telegram;
    const lines = describeTelegramEmulator(emulator!, devSessions!);
    const text = lines.join('\n');
    expect(text).toContain(`MTProto on 127.0.0.1:${emulator!.port}`);
    expect(text).toContain('tg:chat:1 "chat 1" members 1,2,3,4,5,100');
    expect(text).toContain('tg:channel:1 "channel 1" members 1,2,3,100; may post: 1,100; only members vote');
    expect(lines).toContain(
      'telegram: Authorization: Bearer dev-token-2 acts as Telegram user 2 (Boris Petrov)',
    );
    expect(lines).toContain(
      'telegram: Authorization: Bearer dev-telegram-bot acts as Telegram bot 100 (Poll Bot)',
    );
    for (const session of Object.values(emulator!.sessions)) expect(text).not.toContain(session);
  } finally {
    await facade.close();
  }
});

test('Bitrix24 configured for real and no Telegram settings: no embedded Telegram server, no access', async () => {
  const facade = await createFacade(
    loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      BITRIX24_WEBHOOK_URL: 'https://example.bitrix24.com/rest/1/s3cr3tc0de/',
      FACADE_API_KEYS: 'k'.repeat(20),
    }),
    { traffic: false, drainTimeoutMs: 2000 },
  );
  try {
    expect(facade.telegram).toEqual({});
  } finally {
    await facade.close();
  }
});
