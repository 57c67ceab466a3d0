/** Set-up through GraphQL alone, as a user would do it: register a bot, then add it to a chat. */
import { postGraphQL, type Harness } from '../server/facade-harness.js';

export async function registerBotInChat(
  h: Harness,
  auth: Record<string, string>,
  code: string,
  chatId = 1,
): Promise<number> {
  const reg = await postGraphQL(
    h.facade,
    `mutation($code: String!) { registerBot(input: {code: $code, name: $code}) {
      __typename ... on RegisterBotSuccess { bot { botId } } } }`,
    auth,
    { code },
  );
  const botId = reg.body.data?.registerBot?.bot?.botId as number | undefined;
  if (botId === undefined) throw new Error(`registering bot ${code} failed: ${JSON.stringify(reg.body)}`);
  const add = await postGraphQL(
    h.facade,
    `mutation($botId: Int!, $chatId: Int!) { addBotToChat(input: {botId: $botId, chatId: $chatId}) { __typename } }`,
    auth,
    { botId, chatId },
  );
  if (add.body.data?.addBotToChat?.__typename !== 'AddBotToChatSuccess') {
    throw new Error(`adding bot ${code} to chat ${chatId} failed: ${JSON.stringify(add.body)}`);
  }
  return botId;
}
