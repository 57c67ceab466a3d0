/**
 * 5. Faults: 1,000 mixed mutations (keyed poll sends, unkeyed poll sends, ballots, keyed bot
 * messages) through the engine while 20% of HTTP requests hit a fault (4% each: reset, HTTP 5xx,
 * HTML body, commitThenDrop, hang with a 500 ms client timeout). Afterwards the emulator's state is
 * checked: lost = reported done but absent; duplicated = a keyed creation present twice; untyped =
 * a failure that is not a PortalError or would surface as INTERNAL_SERVER_ERROR; crashes =
 * unhandled rejections or exceptions.
 */
import { startEmulator } from '../src/emulator/index.js';
import { registerBot, sendBotMessage } from '../src/bot-messages/bot.portal.js';
import { classifyPortalError } from '../src/graphql-errors/classify-portal-error.js';
import { PortalError } from '../src/portal/index.js';
import { castBallot, getPoll, sendPoll } from '../src/polls/poll.portal.js';
import { engine, oauth, printTable, rawClient, webhook, type BenchContext } from './bench-support.js';

type Kind = 'poll+key' | 'poll' | 'ballot' | 'bot+key';
const KINDS: Kind[] = ['poll+key', 'poll', 'ballot', 'bot+key'];
const FAULTS = ['reset', 'http5xx', 'html', 'commitThenDrop', 'hang'];

export async function faultsBench(ctx: BenchContext): Promise<void> {
  const total = ctx.quick ? 200 : 1000;
  let crashes = 0;
  const onCrash = () => (crashes += 1);
  process.on('unhandledRejection', onCrash);
  process.on('uncaughtException', onCrash);
  const emu = await startEmulator({ port: 0, limits: { enabled: false } });
  try {
    const setup = rawClient();
    const { bot } = await registerBot(setup, webhook(emu), {
      code: 'fault_bot',
      botToken: 'fault_token',
      properties: { name: 'Fault Bot' },
      type: 'bot',
      eventMode: 'fetch',
    } as Parameters<typeof registerBot>[2]);
    // Ballots go to polls made beforehand, one ballot per (poll, user 2..5).
    const ballotTargets: Array<{ messageId: number; user: number; question: number; answer: number }> = [];
    const ballots = KINDS.filter((k) => k === 'ballot').length * Math.ceil(total / KINDS.length);
    for (let i = 0; ballotTargets.length < ballots; i++) {
      const sent = await sendPoll(setup, oauth(emu), { chatId: 1, question: `B${i}?`, answers: ['A', 'B'] });
      const poll = await getPoll(setup, oauth(emu), { messageId: sent.messageId });
      for (const user of [2, 3, 4, 5]) {
        ballotTargets.push({
          messageId: sent.messageId,
          user,
          question: poll.questions[0]!.id,
          answer: poll.questions[0]!.answers[0]!.id,
        });
      }
    }
    for (const kind of FAULTS) {
      await fetch(`${emu.url}/_emulator/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind, rate: 0.04 }),
      });
    }
    // Batching off: each mutation is its own request, so 20% of requests is 20% of mutations; the
    // emulator's limits are off here, so is pacing (this bench is about faults).
    const caller = engine(
      {
        options: {
          batching: { enabled: false },
          pacing: { enabled: false },
          retry: { baseDelayMs: 20, maxDelayMs: 200 },
        },
      },
      500,
    );
    const outcomes = await Promise.allSettled(
      Array.from({ length: total }, (_, i) => {
        const kind = KINDS[i % KINDS.length]!;
        if (kind === 'poll+key')
          return sendPoll(caller, oauth(emu), {
            chatId: 1,
            question: `K${i}?`,
            answers: ['A', 'B'],
            templateId: `k-${i}`,
          });
        if (kind === 'poll')
          return sendPoll(caller, oauth(emu), { chatId: 1, question: `U${i}?`, answers: ['A', 'B'] });
        if (kind === 'bot+key') {
          return sendBotMessage(caller, webhook(emu), { botId: bot.id, botToken: 'fault_token' }, {
            dialogId: '1',
            message: `m-${i}`,
            templateId: `m-${i}`,
          } as Parameters<typeof sendBotMessage>[3]);
        }
        const t = ballotTargets[Math.floor(i / KINDS.length)]!;
        return castBallot(
          caller,
          oauth(emu, t.user),
          { messageId: t.messageId },
          { [t.question]: [t.answer] },
        );
      }),
    );
    await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' });

    const polls = [...emu.state.polls.values()];
    const messages = [...emu.state.messages.values()];
    const rows: Array<Record<string, string | number>> = [];
    for (const kind of KINDS) {
      let ok = 0,
        unknown = 0,
        typed = 0,
        untyped = 0,
        lost = 0,
        duplicated = 0;
      for (let i = 0; i < total; i++) {
        if (KINDS[i % KINDS.length] !== kind) continue;
        const outcome = outcomes[i]!;
        let present = 0;
        if (kind === 'poll+key') present = polls.filter((p) => p.templateId === `k-${i}`).length;
        if (kind === 'bot+key') present = messages.filter((m) => m.text === `m-${i}`).length;
        if (kind === 'ballot') {
          const t = ballotTargets[Math.floor(i / KINDS.length)]!;
          const poll = await getPoll(rawClient(), oauth(emu, t.user), { messageId: t.messageId });
          present = poll.viewer.hasVoted ? 1 : 0;
        }
        if (present > 1) duplicated += 1;
        if (outcome.status === 'fulfilled') {
          ok += 1;
          if (kind !== 'poll' && present === 0) lost += 1;
          continue;
        }
        const e: unknown = outcome.reason;
        if (!(e instanceof PortalError)) untyped += 1;
        else if (e.code === 'OUTCOME_UNKNOWN') unknown += 1;
        else {
          const c = classifyPortalError(e);
          if (c.kind === 'graphql' && c.code === 'INTERNAL_SERVER_ERROR') untyped += 1;
          else typed += 1;
        }
      }
      rows.push({
        mutation: kind,
        ok,
        OUTCOME_UNKNOWN: unknown,
        'typed errors': typed,
        'untyped errors': untyped,
        lost,
        duplicated,
      });
    }
    rows.push({
      mutation: 'all',
      ok: '',
      OUTCOME_UNKNOWN: '',
      'typed errors': '',
      'untyped errors': '',
      lost: '',
      duplicated: `crashes: ${crashes}`,
    });
    printTable(`5. Faults: ${total} mutations, 20% of requests faulted (5 kinds)`, rows);
  } finally {
    process.off('unhandledRejection', onCrash);
    process.off('uncaughtException', onCrash);
    await emu.close();
  }
}
