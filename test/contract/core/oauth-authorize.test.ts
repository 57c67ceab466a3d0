/**
 * The complete OAuth protocol from the app's side (oauth/index.md): step 1 at the portal's
 * /oauth/authorize/ gives a one-time code (shown on the page: the seeded app has no redirect_uri),
 * step 2 exchanges it with grant_type=authorization_code for a working token pair.
 */
import { callRest, request } from '../../support/emulator.js';
import { useEmulator } from '../../support/emulator-lifecycle.js';

const emu = useEmulator({ limits: { enabled: false } });
const CLIENT = 'client_id=local.facade.dev&client_secret=dev-app-secret';

async function authorize(query: string, accept = 'application/json') {
  const res = await fetch(`${emu.url}/oauth/authorize/?${query}`, { headers: { Accept: accept } });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text };
}

describe('OAuth step 1 and 2: /oauth/authorize/ then grant_type=authorization_code', () => {
  it('returns the documented return parameters and a code that buys a token pair once', async () => {
    const step1 = await authorize('client_id=local.facade.dev&state=JJHgsdgfkdaslg7lbadsfg&user_id=3');
    expect(step1.status).toBe(200);
    const data = JSON.parse(step1.text) as Record<string, string>;
    expect(data).toEqual({
      code: expect.stringMatching(/^\w+$/),
      state: 'JJHgsdgfkdaslg7lbadsfg',
      domain: expect.any(String),
      member_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      scope: 'vote,im,imbot,imopenlines,imconnector,basic',
      server_domain: 'oauth.bitrix.info',
    });
    const step2 = await request(
      emu,
      `/oauth/token/?grant_type=authorization_code&${CLIENT}&code=${data.code}`,
    );
    expect(step2.status).toBe(200);
    expect(step2.body).toEqual(
      expect.objectContaining({
        access_token: expect.any(String),
        refresh_token: expect.any(String),
        expires_in: 3600,
        client_endpoint: `${emu.url}/rest/`,
        domain: 'oauth.bitrix.info',
        member_id: data.member_id,
        scope: data.scope,
        status: 'L',
      }),
    );
    const me = await callRest(emu, 'user.current', {}, { token: step2.body.access_token });
    expect(me.body.result.ID).toBe('3');
    const again = await request(
      emu,
      `/oauth/token/?grant_type=authorization_code&${CLIENT}&code=${data.code}`,
    );
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('invalid_grant');
  });

  it('a browser sees the code on an HTML page; an unknown client_id gets an error page, no redirect', async () => {
    const page = await authorize('client_id=local.facade.dev&state=s1', 'text/html');
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.text).toMatch(/id="code"><code>\w+<\/code>/);
    const bad = await authorize('client_id=app.unknown', 'text/html');
    expect(bad.status).toBe(400);
    expect(bad.type).toContain('text/html');
  });

  it('a missing code is invalid_request', async () => {
    const missing = await request(emu, `/oauth/token/?grant_type=authorization_code&${CLIENT}`);
    expect(missing.body.error).toBe('invalid_request');
  });
});
