// Drives the portal emulator through the official Bitrix24 JS SDK, as any Bitrix24 app would:
// a webhook call over HTTPS, an OAuth call at the client_endpoint the token answer gives, two token
// refreshes in a row, a batch and a list with paging. Exits non-zero on the first mismatch.
//
//   npm run emulator -- --tls                  # prints the URL and the certificate to trust
//   cd examples/b24jssdk && npm ci
//   NODE_EXTRA_CA_CERTS=<the printed cert> EMULATOR_URL=https://127.0.0.1:4001 node sdk-check.mjs
//
// The credentials are the emulator's documented development ones (printed at its start).
/* global fetch, URL, URLSearchParams -- Node 20 globals; the root ESLint config declares only a few */
import { ApiVersion, B24Hook, B24OAuth, LoggerFactory } from '@bitrix24/b24jssdk';

const url = (process.env.EMULATOR_URL ?? 'https://127.0.0.1:4001').replace(/\/+$/, '');
const webhookUrl = `${url}/rest/1/${process.env.EMULATOR_WEBHOOK_CODE ?? 'devwebhook1secret'}/`;
const app = {
  clientId: process.env.EMULATOR_CLIENT_ID ?? 'local.facade.dev',
  clientSecret: process.env.EMULATOR_CLIENT_SECRET ?? 'dev-app-secret',
};
const refreshToken = process.env.EMULATOR_REFRESH_TOKEN ?? 'dev-refresh-2';
const BOTS = 55; // more than one batch (50 commands) and, with the 5 seeded users, two list pages

let failures = 0;
function check(what, ok, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? `: ${detail}` : ''}`);
  if (!ok) failures += 1;
}

/** The result of a call, or a thrown error with the portal's messages. */
function resultOf(response, what) {
  if (!response.isSuccess) throw new Error(`${what}: ${response.getErrorMessages().join('; ')}`);
  return response.getData().result;
}

async function webhook() {
  // fromWebhookUrl refuses anything but https: this is the call issue "no HTTPS" was about.
  const b24 = B24Hook.fromWebhookUrl(webhookUrl);
  b24.setLogger(LoggerFactory.createNullLogger());
  const me = resultOf(await b24.actions.v2.call.make({ method: 'user.current' }), 'user.current');
  check('webhook call over HTTPS (user.current)', me.ID === '1', `ID ${me.ID}`);
  return b24;
}

/** The token answer an app receives from the authorization server, as the SDK wants it. */
async function tokenAnswer() {
  const res = await fetch(`${url}/oauth/token/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', ...toSnake(app), refresh_token: refreshToken }),
  });
  const json = await res.json();
  if (res.status !== 200) throw new Error(`token endpoint: ${res.status} ${JSON.stringify(json.error)}`);
  check('client_endpoint as documented (<portal>/rest/)', json.client_endpoint === `${url}/rest/`);
  return json;
}

function toSnake({ clientId, clientSecret }) {
  return { client_id: clientId, client_secret: clientSecret };
}

async function oauth() {
  const t = await tokenAnswer();
  const b24 = new B24OAuth(
    {
      applicationToken: '',
      userId: t.user_id,
      memberId: t.member_id,
      accessToken: t.access_token,
      refreshToken: t.refresh_token,
      expires: t.expires,
      expiresIn: t.expires_in,
      scope: t.scope,
      domain: new URL(t.client_endpoint).host,
      clientEndpoint: t.client_endpoint,
      serverEndpoint: t.server_endpoint,
      status: t.status,
    },
    app,
  );
  b24.setLogger(LoggerFactory.createNullLogger());
  // The SDK calls `<client_endpoint>/<method>`, i.e. /rest//user.current.
  const me = resultOf(await b24.actions.v2.call.make({ method: 'user.current' }), 'OAuth user.current');
  check('OAuth call at client_endpoint (user.current)', me.ID === String(t.user_id), `ID ${me.ID}`);

  let previous = t.access_token;
  for (const round of [1, 2]) {
    // The SDK posts to `<server_endpoint without /rest/>/oauth/token/`.
    const auth = await b24.auth.refreshAuth();
    const fresh = auth && auth.access_token !== previous;
    const again = resultOf(
      await b24.actions.v2.call.make({ method: 'user.current' }),
      `call after refresh ${round}`,
    );
    check(`refresh ${round} gives a new token that works`, fresh && again.ID === String(t.user_id));
    previous = auth.access_token;
  }
}

async function batchAndPaging(b24) {
  const calls = Array.from({ length: BOTS }, (_, n) => [
    'imbot.v2.Bot.register',
    {
      botToken: 'sdk_check_token',
      fields: {
        code: `sdk_check_${n}`,
        properties: { name: `SDK check ${n}` },
        type: 'bot',
        eventMode: 'fetch',
      },
    },
  ]);
  // batchByChunk splits the calls into `batch` requests of at most 50 commands.
  const registered = await b24.actions.v2.batchByChunk.make({ calls, options: { isHaltOnError: true } });
  if (!registered.isSuccess) throw new Error(`batch: ${registered.getErrorMessages().join('; ')}`);
  const bots = registered.getData();
  check(`batch of ${BOTS} calls in two requests`, bots.length === BOTS && bots.every((r) => r?.bot?.id > 0));

  // Classic paging: start/next/total on user.get, page by page.
  const first = await b24.actions.v2.call.make({ method: 'user.get', params: { start: 0 } });
  const total = first.getTotal();
  const firstPage = resultOf(first, 'user.get page 1');
  check('list page 1 has 50 rows, more to come', firstPage.length === 50 && first.isMore(), `total ${total}`);
  const second = await first.fetchNext(b24.getHttpClient(ApiVersion.v2));
  const secondPage = second ? resultOf(second, 'user.get page 2') : [];
  check('list page 2 holds the rest', firstPage.length + secondPage.length === total && !second.isMore());

  // The SDK's own paging helper (an `>ID` filter with start=-1) sees the same users.
  const all = await b24.actions.v2.callList.make({ method: 'user.get', params: {} });
  const ids = new Set((all.getData() ?? []).map((u) => u.ID));
  check('callList pages through every user', ids.size === total && total >= BOTS + 5, `${ids.size} users`);
}

try {
  const hook = await webhook();
  await oauth();
  await batchAndPaging(hook);
} catch (err) {
  console.error('FAIL', err instanceof Error ? err.message : err);
  failures += 1;
}
console.log(failures === 0 ? 'all checks passed' : `${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
