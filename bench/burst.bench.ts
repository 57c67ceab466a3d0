/**
 * 2. Burst: 150 bot messages to 150 distinct one-to-one dialogs, sent at once as 150 concurrent
 * GraphQL `sendBotMessage` mutations to a facade process in webhook mode (bot token from
 * BITRIX24_BOT_TOKEN), emulator limits 50/2 on. The facade as shipped vs PORTAL_BATCHING=false.
 * Both may queue a call for up to 3 minutes (PORTAL_MAX_WAIT_MS) so that the baseline's figure is
 * its 2/s drain rather than refusals.
 */
import { startEmulator } from '../src/emulators/bitrix24/index.js';
import { printTable, timed, type BenchContext } from './bench-support.js';
import { benchSeed } from './bench-seed.js';
import { portalCounts, setEmulatorLimits, since } from './emulator-stats.js';
import { errorCodes, postGraphQL } from './graphql-client.js';
import { API_KEY_HEADER, registerBenchBot, startWebhookFacade } from './webhook-bot.js';

const SEND = `mutation($input: SendBotMessageInput!) { sendBotMessage(input: $input) {
  __typename ... on SendBotMessageSuccess { botMessage { id } } ... on UserError { code } } }`;

const CONTENDERS: Array<[string, Record<string, string>]> = [
  ['facade (default)', {}],
  ['facade, PORTAL_BATCHING=false', { PORTAL_BATCHING: 'false' }],
];

export async function burstBench(ctx: BenchContext): Promise<void> {
  const n = ctx.quick ? 80 : 150;
  const rows: Array<Record<string, string | number>> = [];
  for (const [name, env] of CONTENDERS) {
    const emu = await startEmulator({ port: 0, seed: benchSeed(), limits: { enabled: false } });
    const facade = await startWebhookFacade(emu, { PORTAL_MAX_WAIT_MS: '180000', ...env });
    try {
      const botId = await registerBenchBot(facade);
      await setEmulatorLimits(emu.url, true);
      const before = await portalCounts(emu.url);
      // Users 2..n+1: n distinct one-to-one dialogs (user 1 owns the webhook).
      const { value: answers, ms } = await timed(() =>
        Promise.all(
          Array.from({ length: n }, (_, i) =>
            postGraphQL(
              facade.graphqlUrl,
              SEND,
              { input: { botId, dialogId: String(i + 2), text: `burst ${i}` } },
              API_KEY_HEADER,
            ),
          ),
        ),
      );
      const counts = since(await portalCounts(emu.url), before);
      const sent = answers.filter(
        (a) =>
          (a.data?.sendBotMessage as { __typename?: string } | undefined)?.__typename ===
          'SendBotMessageSuccess',
      ).length;
      const codes = answers.flatMap(errorCodes);
      const atPortal = [...emu.state.messages.values()].filter(
        (m) => m.source === 'bot' && m.text.startsWith('burst '),
      ).length;
      rows.push({
        contender: name,
        messages: n,
        'sent (client saw success)': sent,
        'at portal': atPortal,
        seconds: ms / 1000,
        'calls/s': sent / (ms / 1000),
        'portal requests': counts.httpRequests,
        'QLE at portal': counts.queryLimitExceeded,
        'RATE_LIMITED at clients': codes.filter((c) => c === 'RATE_LIMITED').length,
        'other errors at clients': n - sent - codes.filter((c) => c === 'RATE_LIMITED').length,
      });
    } finally {
      await facade.close();
      await emu.close();
    }
  }
  printTable(
    `2. Burst: ${n} sendBotMessage mutations at once to ${n} dialogs (webhook mode, limits 50/2)`,
    rows,
  );
}
