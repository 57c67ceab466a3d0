/** Test helpers: real teleproto TelegramClients connected to the embedded Telegram server. */
import { Api, TelegramClient } from 'teleproto';
import { StringSession } from 'teleproto/sessions/index.js';
import { Logger, LogLevel } from 'teleproto/extensions/Logger.js';
import { returnBigInt } from 'teleproto/Helpers.js';
import {
  startTelegramEmulator,
  type RunningTelegramEmulator,
} from '../../../src/emulators/telegram/server.js';

export async function connectClient(
  emulator: RunningTelegramEmulator,
  session: string,
): Promise<TelegramClient> {
  const client = new TelegramClient(new StringSession(emulator.sessions[session]!), 1, 'emulator', {
    connectionRetries: 1,
    autoReconnect: false,
    floodSleepThreshold: 0,
    baseLogger: new Logger(LogLevel.NONE),
  });
  await client.connect();
  return client;
}

export async function control(
  emulator: RunningTelegramEmulator,
  method: string,
  path: string,
  body?: unknown,
): Promise<any> {
  const res = await fetch(emulator.controlUrl + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json();
}

/** One emulator and a connected client per seeded account for a test file; state reset before each test. */
export function useTelegramEmulator(sessions: string[] = ['user-1', 'user-2', 'user-3', 'user-4', 'bot']) {
  const world = {
    emulator: undefined as unknown as RunningTelegramEmulator,
    clients: {} as Record<string, TelegramClient>,
  };
  beforeAll(async () => {
    world.emulator = await startTelegramEmulator();
    for (const name of sessions) world.clients[name] = await connectClient(world.emulator, name);
  });
  beforeEach(async () => {
    await control(world.emulator, 'POST', 'reset');
  });
  afterAll(async () => {
    for (const client of Object.values(world.clients)) await client.destroy().catch(() => undefined);
    await world.emulator?.close();
  });
  return world;
}

export const long = (value: number | bigint) => returnBigInt(value.toString());
export const text = (value: string) => new Api.TextWithEntities({ text: value, entities: [] });
export const chat1 = () => new Api.InputPeerChat({ chatId: long(1) });
export const channel1 = () => new Api.InputPeerChannel({ channelId: long(1), accessHash: long(0) });

export interface PollSpec {
  answers?: Array<number[]>;
  multipleChoice?: boolean;
  publicVoters?: boolean;
  revotingDisabled?: boolean;
  quiz?: boolean;
  correctAnswers?: number[];
  solution?: string;
  closePeriod?: number;
  closeDate?: number;
  question?: string;
}

export function pollMedia(spec: PollSpec = {}): Api.InputMediaPoll {
  const answers = spec.answers ?? [[0], [1], [2]];
  return new Api.InputMediaPoll({
    poll: new Api.Poll({
      id: long(0),
      question: text(spec.question ?? 'Lunch?'),
      answers: answers.map(
        (bytes, i) => new Api.PollAnswer({ text: text(`answer ${i}`), option: Buffer.from(bytes) }),
      ),
      multipleChoice: spec.multipleChoice,
      publicVoters: spec.publicVoters,
      revotingDisabled: spec.revotingDisabled,
      quiz: spec.quiz,
      closePeriod: spec.closePeriod,
      closeDate: spec.closeDate,
      hash: long(0),
    }),
    correctAnswers: spec.correctAnswers,
    solution: spec.solution,
    solutionEntities: spec.solution === undefined ? undefined : [],
  });
}

/** Sends a poll and returns its message id. */
export async function sendPoll(
  client: TelegramClient,
  peer: Api.TypeInputPeer,
  spec: PollSpec = {},
): Promise<number> {
  const updates = (await client.invoke(
    new Api.messages.SendMedia({ peer, message: '', media: pollMedia(spec) }),
  )) as Api.Updates;
  const update = updates.updates.find((u) => 'message' in u) as Api.UpdateNewMessage;
  return (update.message as Api.Message).id;
}

export function vote(client: TelegramClient, peer: Api.TypeInputPeer, msgId: number, ...options: number[][]) {
  return client.invoke(
    new Api.messages.SendVote({ peer, msgId, options: options.map((o) => Buffer.from(o)) }),
  );
}

/** The rpc_error message a call is refused with. */
export async function rpcError(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (err) {
    return (err as { errorMessage?: string }).errorMessage ?? String(err);
  }
  throw new Error('the call succeeded');
}

/** The updateMessagePoll inside an Updates answer. */
export function pollUpdateOf(updates: unknown): Api.UpdateMessagePoll {
  return (updates as Api.Updates).updates.find(
    (u) => u.className === 'UpdateMessagePoll',
  ) as Api.UpdateMessagePoll;
}
