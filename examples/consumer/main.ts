/**
 * Runs the poll flow against a running facade and prints the results.
 *
 *   npm start     # facade on the embedded emulator; prints its URL and the dev tokens
 *   npx tsc -p examples/tsconfig.json --noEmit false --outDir dist
 *   FACADE_URL=http://127.0.0.1:<port>/graphql FACADE_TOKEN=dev-token-1 node dist/examples/consumer/main.js
 *
 * FACADE_DIALOG picks the chat (default chat1). Exit code 1 on a GraphQL error (e.g. a bad token).
 */
import { CombinedGraphQLErrors } from '@apollo/client';
import { createFacadeClient } from './client.js';
import { runPollFlow } from './poll-flow.js';

async function main(): Promise<void> {
  const client = createFacadeClient({
    url: process.env.FACADE_URL ?? 'http://127.0.0.1:4000/graphql',
    accessToken: process.env.FACADE_TOKEN ?? 'dev-token-1',
  });
  try {
    const outcome = await runPollFlow(client, {
      dialogId: process.env.FACADE_DIALOG ?? 'chat1',
      question: 'Where shall we have lunch?',
      answers: ['Pizza', 'Sushi', 'Salad'],
      vote: 1,
    });
    switch (outcome.kind) {
      case 'done':
        console.log(`poll ${outcome.messageId} in "${outcome.chatName}":`);
        for (const question of outcome.results.questions) {
          console.log(`  ${question.text} (${question.totalVotes} votes)`);
          for (const answer of question.answers) {
            console.log(`    ${answer.text}: ${answer.votes} (${answer.percent}%)`);
          }
        }
        break;
      case 'createdUnread':
        console.log(`poll ${outcome.messageId} was sent but could not be read back yet; read it later`);
        break;
      case 'chatNotVisible':
        console.log(`${outcome.dialogId}: no such chat, or you are not a member`);
        break;
      case 'refused':
        console.log(
          `${outcome.refusal.step} refused: ${outcome.refusal.typename}: ${outcome.refusal.message}`,
        );
        break;
    }
  } catch (error) {
    if (CombinedGraphQLErrors.is(error)) {
      for (const e of error.errors) console.error(`${String(e.extensions?.code)}: ${e.message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  }
}

void main();
