/**
 * 5. Faults: 1,000 mixed GraphQL mutations (`--quick`: 250) through a facade process (OAuth mode,
 * default traffic settings, PORTAL_TIMEOUT_MS=1000) while the emulator, limits 50/2 on, injects a
 * fault into ~20% of HTTP requests, every kind equally likely: latency (300 ms), HTTP 5xx, reset,
 * HTML body, hang (past the 1 s timeout) and commitThenDrop. 20 clients send concurrently. A client
 * repeats a keyed mutation (same key) up to twice after OUTCOME_UNKNOWN or PORTAL_UNAVAILABLE, as
 * the error's documentation tells it to. Then the emulator's state is checked:
 *  - lost: the client saw success, the portal has no such poll/ballot/message;
 *  - duplicated: the portal holds two or more polls/messages for one request or key;
 *  - untyped: no JSON, HTTP 500, a transport failure, or an error code outside the closed set
 *    (or INTERNAL_SERVER_ERROR);
 *  - crashes: the facade process exited.
 * OUTCOME_UNKNOWN answers (the final one, after any repeats) are counted on their own: not losses.
 */
import { startEmulator } from '../src/emulators/bitrix24/index.js';
import { printTable, timed, type BenchContext } from './bench-support.js';
import { benchSeed } from './bench-seed.js';
import { portalCounts, setEmulatorLimits, since } from './emulator-stats.js';
import { startFacadeProcess } from './facade-process.js';
import { errorCodes, isUntyped, type GraphQLAnswer } from './graphql-client.js';
import { copiesAtPortal, KEYED, KINDS, kindOf, send, setUpMix, succeeded, userError } from './faults-mix.js';

const FAULT_KINDS = ['latency', 'http5xx', 'reset', 'html', 'hang', 'commitThenDrop'] as const;
/** Per kind, so that one request in five draws at least one fault: 1 - (1 - r)^6 = 0.2. */
const RATE = 1 - Math.pow(0.8, 1 / FAULT_KINDS.length);
const CLIENTS = 20;
const RETRYABLE = new Set(['OUTCOME_UNKNOWN', 'PORTAL_UNAVAILABLE']);

async function injectFaults(emulatorUrl: string): Promise<void> {
  for (const kind of FAULT_KINDS) {
    const res = await fetch(`${emulatorUrl}/_emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind, rate: RATE, ...(kind === 'latency' ? { latencyMs: 300 } : {}) }),
    });
    if (!res.ok) throw new Error(`POST /_emulator/faults answered ${res.status}`);
  }
}

export async function faultsBench(ctx: BenchContext): Promise<void> {
  const total = ctx.quick ? 250 : 1000;
  const emu = await startEmulator({ port: 0, seed: benchSeed(), limits: { enabled: false } });
  const facade = await startFacadeProcess({
    BITRIX24_PORTAL_URL: emu.url,
    PORTAL_TIMEOUT_MS: '1000',
    PORTAL_MAX_WAIT_MS: '120000',
  });
  try {
    const setup = await setUpMix(emu, facade.graphqlUrl, Math.ceil(total / KINDS.length));
    await setEmulatorLimits(emu.url, true);
    await injectFaults(emu.url);
    const before = await portalCounts(emu.url);
    const answers: GraphQLAnswer[] = new Array<GraphQLAnswer>(total);
    const repeats: number[] = new Array<number>(total).fill(0);
    let next = 0;
    const { ms } = await timed(() =>
      Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (next < total) {
            const i = next++;
            let answer = await send(facade.graphqlUrl, i, setup);
            while (
              KEYED.has(kindOf(i)) &&
              repeats[i]! < 2 &&
              errorCodes(answer).some((code) => RETRYABLE.has(code))
            ) {
              repeats[i]! += 1;
              answer = await send(facade.graphqlUrl, i, setup);
            }
            answers[i] = answer;
          }
        }),
      ),
    );
    await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' });
    const counts = since(await portalCounts(emu.url), before);

    const rows: Array<Record<string, string | number>> = [];
    for (const kind of KINDS) {
      const row = { ok: 0, user: 0, unknown: 0, typed: 0, untyped: 0, lost: 0, dup: 0, repeats: 0 };
      let sent = 0;
      for (let i = 0; i < total; i++) {
        if (kindOf(i) !== kind) continue;
        sent += 1;
        const answer = answers[i]!;
        const copies = copiesAtPortal(emu, i, setup);
        row.repeats += repeats[i]!;
        if (copies > 1) row.dup += 1;
        if (succeeded(kind, answer)) {
          row.ok += 1;
          if (copies === 0) row.lost += 1;
        } else if (isUntyped(answer)) row.untyped += 1;
        else if (errorCodes(answer).includes('OUTCOME_UNKNOWN')) row.unknown += 1;
        else if (answer.errors?.length) row.typed += 1;
        else if (userError(answer)) row.user += 1;
        else row.untyped += 1;
      }
      rows.push({
        mutation: kind,
        sent,
        ok: row.ok,
        'user error': row.user,
        OUTCOME_UNKNOWN: row.unknown,
        'other typed errors': row.typed,
        untyped: row.untyped,
        lost: row.lost,
        duplicated: row.dup,
        'client repeats': row.repeats,
      });
    }
    const sum = (key: string) => rows.reduce((n, r) => n + Number(r[key]), 0);
    rows.push({
      mutation: 'all',
      sent: total,
      ok: sum('ok'),
      'user error': sum('user error'),
      OUTCOME_UNKNOWN: sum('OUTCOME_UNKNOWN'),
      'other typed errors': sum('other typed errors'),
      untyped: sum('untyped'),
      lost: sum('lost'),
      duplicated: sum('duplicated'),
      'client repeats': sum('client repeats'),
    });
    printTable(
      `5. Faults: ${total} mutations through the facade, ~20% of portal requests faulted (6 kinds), limits 50/2`,
      rows,
    );
    printTable('5b. Faults: run summary', [
      {
        seconds: ms / 1000,
        'portal requests': counts.httpRequests,
        'facade crashes': facade.crashes(),
      },
    ]);
  } finally {
    await facade.close();
    await emu.close();
  }
}
