/**
 * The faults bench's mutations: what each one sends through the facade, how its answer is read,
 * and how many copies of its effect the portal holds afterwards. Every mutation leaves a unique
 * text (`K12`, `b-13`...) so that copies can be counted in the emulator's state.
 */
import type { RunningEmulator } from '../src/emulators/bitrix24/index.js';
import { getPoll, sendPoll } from '../src/backends/bitrix24/polls/poll.portal.js';
import { oauth, rawClient } from './bench-support.js';
import { postGraphQL, type GraphQLAnswer } from './graphql-client.js';

export type Kind = 'sendPoll+key' | 'sendPoll' | 'castBallot' | 'sendBotMessage+key' | 'connector send';
export const KINDS: Kind[] = [
  'sendPoll+key',
  'sendPoll',
  'castBallot',
  'sendBotMessage+key',
  'connector send',
];
/** Kinds a client may safely repeat after OUTCOME_UNKNOWN / PORTAL_UNAVAILABLE (same key). */
export const KEYED: ReadonlySet<Kind> = new Set<Kind>([
  'sendPoll+key',
  'sendBotMessage+key',
  'connector send',
]);

export const CONNECTOR = 'bench_shop';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><circle r="1"/></svg>';

const SEND_POLL = `mutation($input: SendPollInput!) { sendPoll(input: $input) { __typename } }`;
const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { __typename } }`;
const SEND_BOT = `mutation($input: SendBotMessageInput!) { sendBotMessage(input: $input) { __typename } }`;
const SEND_CONNECTOR = `mutation($input: SendConnectorMessagesInput!) { sendConnectorMessages(input: $input) {
  __typename ... on SendConnectorMessagesSuccess { deliveredCount } } }`;
const SETUP = `mutation($bot: RegisterBotInput!, $reg: RegisterConnectorInput!, $act: ActivateConnectorInput!,
  $data: SetConnectorDataInput!) {
  registerBot(input: $bot) { __typename ... on RegisterBotSuccess { bot { botId } } }
  registerConnector(input: $reg) { __typename }
  activateConnector(input: $act) { __typename }
  setConnectorData(input: $data) { __typename } }`;

export interface BallotTarget {
  messageId: number;
  user: number;
  answerId: number;
}

export interface MixSetup {
  botId: number;
  ballots: BallotTarget[];
}

export const auth = (user = 1) => ({ authorization: `Bearer dev-token-${user}` });

/** Bot, connector and the polls the ballots go to; run before any fault is injected. */
export async function setUpMix(emu: RunningEmulator, graphqlUrl: string, ballots: number): Promise<MixSetup> {
  const answer = await postGraphQL(
    graphqlUrl,
    SETUP,
    {
      bot: { code: 'fault_bot', name: 'Fault Bot' },
      reg: { id: CONNECTOR, name: 'Shop', iconSvg: SVG, placementHandler: 'https://example.com/settings' },
      act: { connector: CONNECTOR, line: 1, active: true },
      data: {
        connector: CONNECTOR,
        line: 1,
        channelId: 'channel-1',
        url: 'https://example.com',
        name: 'Shop',
      },
    },
    auth(),
  );
  const botId = (answer.data?.registerBot as { bot?: { botId: number } } | undefined)?.bot?.botId;
  if (botId === undefined || answer.errors)
    throw new Error(`faults set-up failed: ${JSON.stringify(answer)}`);
  const targets: BallotTarget[] = [];
  const client = rawClient();
  for (let i = 0; targets.length < ballots; i++) {
    const sent = await sendPoll(client, oauth(emu), {
      chatId: 1,
      question: `Ballot box ${i}?`,
      answers: ['A', 'B'],
    });
    const poll = await getPoll(client, oauth(emu), { messageId: sent.messageId });
    const answerId = poll.questions[0]!.answers[0]!.id;
    for (const user of [1, 2, 3, 4, 5]) targets.push({ messageId: sent.messageId, user, answerId });
  }
  return { botId, ballots: targets.slice(0, ballots) };
}

export const kindOf = (i: number): Kind => KINDS[i % KINDS.length]!;

/** Sends mutation `i` once; `ballot` is the target when the kind is castBallot. */
export function send(graphqlUrl: string, i: number, setup: MixSetup): Promise<GraphQLAnswer> {
  const kind = kindOf(i);
  const post = (query: string, input: Record<string, unknown>, user = 1) =>
    postGraphQL(graphqlUrl, query, { input }, auth(user), 120_000);
  switch (kind) {
    case 'sendPoll+key':
      return post(SEND_POLL, {
        chatId: 1,
        question: `K${i}`,
        answers: ['A', 'B'],
        idempotencyKey: `poll-${i}`,
      });
    case 'sendPoll':
      return post(SEND_POLL, { chatId: 1, question: `U${i}`, answers: ['A', 'B'] });
    case 'castBallot': {
      const t = setup.ballots[Math.floor(i / KINDS.length)]!;
      return post(CAST, { ref: { messageId: t.messageId }, answerIds: [t.answerId] }, t.user);
    }
    case 'sendBotMessage+key':
      return post(SEND_BOT, {
        botId: setup.botId,
        dialogId: String(2 + (i % 150)),
        text: `b-${i}`,
        idempotencyKey: `bot-${i}`,
      });
    case 'connector send':
      return post(SEND_CONNECTOR, {
        connector: CONNECTOR,
        line: 1,
        messages: [
          {
            externalMessageId: `x-${i}`,
            user: { id: `ext-user-${i % 7}`, name: 'Ext' },
            chat: { id: `ext-chat-${i % 7}`, name: 'Shop chat' },
            text: `c-${i}`,
          },
        ],
      });
  }
}

const SUCCESS: Record<Kind, string> = {
  'sendPoll+key': 'SendPollSuccess',
  sendPoll: 'SendPollSuccess',
  castBallot: 'CastBallotSuccess',
  'sendBotMessage+key': 'SendBotMessageSuccess',
  'connector send': 'SendConnectorMessagesSuccess',
};

/** The client saw the mutation done (for the connector: its one message delivered). */
export function succeeded(kind: Kind, answer: GraphQLAnswer): boolean {
  const result = answer.data ? (Object.values(answer.data)[0] as Record<string, unknown> | null) : null;
  if (!result || result.__typename !== SUCCESS[kind]) return false;
  return kind !== 'connector send' || result.deliveredCount === 1;
}

/** A typed outcome other than success (a union member such as AlreadyVoted) with no GraphQL error. */
export function userError(answer: GraphQLAnswer): boolean {
  const result = answer.data ? (Object.values(answer.data)[0] as Record<string, unknown> | null) : null;
  return !!result && !answer.errors;
}

/** How many copies of mutation `i`'s effect the portal holds. */
export function copiesAtPortal(emu: RunningEmulator, i: number, setup: MixSetup): number {
  const kind = kindOf(i);
  const state = emu.state;
  if (kind === 'sendPoll+key' || kind === 'sendPoll') {
    const text = kind === 'sendPoll' ? `U${i}` : `K${i}`;
    return [...state.polls.values()].filter((p) => p.questions[0]?.text === text).length;
  }
  if (kind === 'castBallot') {
    const t = setup.ballots[Math.floor(i / KINDS.length)]!;
    const poll = [...state.polls.values()].find((p) => p.messageId === t.messageId);
    return poll?.ballots[String(t.user)] ? 1 : 0;
  }
  const text = kind === 'connector send' ? `c-${i}` : `b-${i}`;
  return [...state.messages.values()].filter((m) => m.text === text && !m.deleted).length;
}
