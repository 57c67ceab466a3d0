/**
 * HTTPS (`startEmulator({tls})`, `npm run emulator -- --tls`): clients such as the official JS SDK
 * build only https URLs. A client that trusts the generated certificate verifies it as usual (by the
 * address or `localhost`); one that does not is refused, so the TLS is real.
 */
import { request as httpsRequest } from 'node:https';
import { selfSignedCertificate } from '../../../src/emulators/bitrix24/core/tls-certificate.js';
import {
  startEmulator,
  type RunningEmulator,
  type TlsMaterial,
} from '../../../src/emulators/bitrix24/index.js';

interface Answer {
  status: number;
  json: any;
}

function getJson(url: string, ca?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(url, { ca, method: 'GET' }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('emulator over HTTPS', () => {
  let tls: TlsMaterial;
  let emu: RunningEmulator;
  beforeAll(async () => {
    tls = await selfSignedCertificate('127.0.0.1');
    emu = await startEmulator({ tls, limits: { enabled: false } });
  });
  afterAll(() => emu.close());

  it('prints https URLs and serves the webhook and OAuth forms', async () => {
    expect(emu.url).toBe(`https://127.0.0.1:${emu.port}`);
    expect(emu.webhookUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/rest\/1\/[^/]+\/$/);
    const hook = await getJson(`${emu.webhookUrl}user.current`, tls.cert);
    expect(hook).toMatchObject({ status: 200, json: { result: { ID: '1' } } });
    const oauth = await getJson(`${emu.url}/rest/user.current?auth=dev-token-2`, tls.cert);
    expect(oauth).toMatchObject({ status: 200, json: { result: { ID: '2' } } });
  });

  it('token answers name https endpoints', async () => {
    const query =
      'grant_type=refresh_token&client_id=local.facade.dev&client_secret=dev-app-secret&refresh_token=dev-refresh-4';
    const res = await getJson(`${emu.url}/oauth/token/?${query}`, tls.cert);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      client_endpoint: `${emu.url}/rest/`,
      server_endpoint: `${emu.url}/rest/`,
      user_id: 4,
    });
  });

  it('the certificate names localhost too', async () => {
    const res = await getJson(`https://localhost:${emu.port}/_emulator/health`, tls.cert);
    expect(res).toEqual({ status: 200, json: { ok: true } });
  });

  it('a client that does not trust the certificate is refused', async () => {
    await expect(getJson(`${emu.url}/_emulator/health`)).rejects.toThrow(/self[- ]signed|certificate/i);
  });
});
