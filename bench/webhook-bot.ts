/**
 * A facade in webhook mode with a bot registered through it: the set-up the burst and faults
 * benches share. The caller's key and the bot token are bench-only values for a loopback emulator.
 */
import type { RunningEmulator } from '../src/emulators/bitrix24/index.js';
import { startFacadeProcess, type FacadeProcess } from './facade-process.js';
import { postGraphQL } from './graphql-client.js';

export const BENCH_API_KEY = 'bench-api-key-0123456789';
export const BENCH_BOT_TOKEN = 'bench-bot-token';
export const API_KEY_HEADER = { 'x-api-key': BENCH_API_KEY };

const REGISTER = `mutation($input: RegisterBotInput!) { registerBot(input: $input) {
  __typename ... on RegisterBotSuccess { bot { botId } } ... on UserError { code message } } }`;

export async function startWebhookFacade(
  emu: RunningEmulator,
  env: Record<string, string> = {},
): Promise<FacadeProcess> {
  return startFacadeProcess({
    BITRIX24_WEBHOOK_URL: emu.webhookUrl,
    FACADE_API_KEYS: BENCH_API_KEY,
    BITRIX24_BOT_TOKEN: BENCH_BOT_TOKEN,
    ...env,
  });
}

/** Registers (idempotent by code) the bench bot through the facade; its id. */
export async function registerBenchBot(facade: FacadeProcess, code = 'bench_bot'): Promise<number> {
  const answer = await postGraphQL(
    facade.graphqlUrl,
    REGISTER,
    { input: { code, name: 'Bench Bot' } },
    API_KEY_HEADER,
  );
  const result = answer.data?.registerBot as { __typename: string; bot?: { botId: number } } | undefined;
  if (result?.bot === undefined) throw new Error(`registerBot failed: ${JSON.stringify(answer)}`);
  return result.bot.botId;
}
