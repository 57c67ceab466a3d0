import { callRest, request, startEmulator, type RunningEmulator } from '../../support/emulator.js';

describe('emulator OAuth token endpoint (/oauth/token/)', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ limits: { enabled: false } });
  });
  afterAll(() => emu.close());
  beforeEach(() => emu.reset());

  const refreshQuery = (refreshToken: string, secret = 'dev-app-secret') =>
    `grant_type=refresh_token&client_id=local.facade.dev&client_secret=${secret}&refresh_token=${refreshToken}`;

  it('exchanges a refresh token (GET query) for a new pair with the documented fields', async () => {
    const r = await request(emu, `/oauth/token/?${refreshQuery('dev-refresh-2')}`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      expires: expect.any(Number),
      expires_in: 3600,
      scope: 'vote,im,imbot,imopenlines,imconnector,basic',
      domain: 'oauth.bitrix.info',
      server_endpoint: `${emu.url}/rest/`,
      client_endpoint: `${emu.url}/rest/`,
      member_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      status: 'L',
      user_id: 2,
    });
    const call = await callRest(emu, 'batch', {}, { token: r.body.access_token });
    expect(call.status).toBe(200);
  });

  it('two refreshes in a row at the token URL clients derive from server_endpoint, then a call at client_endpoint', async () => {
    // The official JS SDK drops `/rest/` from server_endpoint and posts to `/oauth/token/` under it,
    // and calls methods at `<client_endpoint>/<method>` (a double slash, as client_endpoint ends in `/`).
    let refreshToken = 'dev-refresh-3';
    let serverEndpoint = `${emu.url}/rest/`;
    let answer: Record<string, any> = {};
    for (let round = 0; round < 2; round++) {
      const tokenUrl = `${serverEndpoint.replace('/rest/', '')}/oauth/token/`;
      const res = await fetch(tokenUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: refreshQuery(refreshToken),
      });
      expect(res.status).toBe(200);
      answer = (await res.json()) as Record<string, any>;
      expect(answer.user_id).toBe(3);
      refreshToken = answer.refresh_token as string;
      serverEndpoint = answer.server_endpoint as string;
    }
    const call = await fetch(`${answer.client_endpoint}/user.current?auth=${answer.access_token}`);
    expect(call.status).toBe(200);
    expect(((await call.json()) as { result: { ID: string } }).result.ID).toBe('3');
  });

  it('invalidates the used refresh token, and the new one works (POST form)', async () => {
    const first = await request(emu, `/oauth/token/?${refreshQuery('dev-refresh-1')}`);
    const reuse = await request(emu, `/oauth/token/?${refreshQuery('dev-refresh-1')}`);
    expect(reuse.status).toBe(400);
    expect(reuse.body.error).toBe('invalid_grant');
    const second = await request(emu, '/oauth/token', {
      method: 'POST',
      body: refreshQuery(first.body.refresh_token),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(second.status).toBe(200);
    expect(second.body.user_id).toBe(1);
  });

  it('answers bad clients and bad requests with the OAuth error envelope', async () => {
    const badSecret = await request(emu, `/oauth/token/?${refreshQuery('dev-refresh-1', 'nope')}`);
    expect(badSecret.status).toBe(401);
    expect(badSecret.body).toEqual({ error: 'invalid_client', error_description: expect.any(String) });
    const missing = await request(emu, '/oauth/token/?grant_type=refresh_token');
    expect(missing.status).toBe(400);
    expect(missing.body.error).toBe('invalid_request');
    const code = await request(
      emu,
      '/oauth/token/?grant_type=authorization_code&client_id=local.facade.dev&client_secret=dev-app-secret&code=x',
    );
    expect(code.body.error).toBe('invalid_grant');
  });
});
