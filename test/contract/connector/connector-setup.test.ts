/**
 * imconnector.register / activate / connector.data.set / status over HTTP (docs/bitrix24-contract.md §8.1–docs/bitrix24-contract.md §8.4):
 * the documented examples (line 107/12 → seeded lines 1/2), 200-wrapped register errors,
 * ERROR_ARGUMENT texts, and WRONG_AUTH_TYPE for webhooks.
 */
import { DEFAULT_SEED } from '../../../src/emulators/bitrix24/store/default-seed.js';
import { callRest, mintTestToken, startEmulator, type RunningEmulator } from '../../support/emulator.js';
import { APP, REGISTER_EXAMPLE, setUpConnector } from './connector-helpers.js';

let emu: RunningEmulator;

// A webhook that has the connector scopes: the refusal is about the auth type, not a missing scope.
const CONNECTOR_HOOK = {
  userId: 1,
  code: 'connectorhooksecret',
  scopes: ['imopenlines', 'imconnector'],
  expiresAt: null,
};

beforeAll(async () => {
  emu = await startEmulator({
    port: 0,
    limits: { enabled: false },
    seed: { ...DEFAULT_SEED, webhooks: [...DEFAULT_SEED.webhooks, CONNECTOR_HOOK] },
  });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

describe('imconnector.* refuse webhooks', () => {
  it.each([
    'imconnector.register',
    'imconnector.activate',
    'imconnector.connector.data.set',
    'imconnector.status',
    'imconnector.send.messages',
  ])('%s: 403 WRONG_AUTH_TYPE with the text of its page', async (method) => {
    const res = await callRest(
      emu,
      method,
      { CONNECTOR: 'myconnector', LINE: 1 },
      { webhook: CONNECTOR_HOOK },
    );
    expect(res.status).toBe(403);
    // The status page alone has a period after "method".
    const separator = method === 'imconnector.status' ? '. ' : ' ';
    expect(res.body).toEqual({
      error: 'WRONG_AUTH_TYPE',
      error_description: `Current authorization type is denied for this method${separator}Application context required`,
    });
  });

  it('imconnector.status: the seeded webhook gets WRONG_AUTH_TYPE (not insufficient_scope), in batch too', async () => {
    const res = await callRest(emu, 'imconnector.status', { CONNECTOR: 'myconnector' }, { webhook: true });
    expect([res.status, res.body.error]).toEqual([403, 'WRONG_AUTH_TYPE']);
    const batch = await callRest(
      emu,
      'batch',
      { cmd: { s: 'imconnector.status?CONNECTOR=myconnector' } },
      { webhook: true },
    );
    expect(batch.body.result.result_error.s).toEqual(expect.objectContaining({ error: 'WRONG_AUTH_TYPE' }));
  });

  it('the seeded webhook (no imopenlines scope) gets WRONG_AUTH_TYPE too', async () => {
    const res = await callRest(
      emu,
      'imconnector.send.messages',
      { CONNECTOR: 'myconnector' },
      { webhook: true },
    );
    expect([res.status, res.body.error]).toEqual([403, 'WRONG_AUTH_TYPE']);
  });

  it('either scope is enough: imconnector alone or imopenlines alone', async () => {
    for (const scope of ['imconnector', 'imopenlines']) {
      const { accessToken } = await mintTestToken(emu, { userId: 1, scopes: [scope] });
      const res = await callRest(emu, 'imconnector.status', { CONNECTOR: 'x' }, { token: accessToken });
      expect(res.status).toBe(200);
    }
    const { accessToken } = await mintTestToken(emu, { userId: 1, scopes: ['im'] });
    const res = await callRest(emu, 'imconnector.status', { CONNECTOR: 'x' }, { token: accessToken });
    expect([res.status, res.body.error]).toEqual([403, 'insufficient_scope']);
  });
});

describe('imconnector.register', () => {
  it('documented example: {result:{result:true}}; the ID is lower-cased', async () => {
    const res = await callRest(emu, 'imconnector.register', { ...REGISTER_EXAMPLE, ID: 'MyConnector' }, APP);
    expect(res.status).toBe(200);
    expect(res.body.result).toEqual({ result: true });
    expect(res.body.time).toEqual(expect.objectContaining({ start: expect.any(Number) }));
    expect(emu.state.connectors.get('myconnector')).toEqual(
      expect.objectContaining({ name: 'Mein Connector', chatGroup: false, clientId: 'local.facade.dev' }),
    );
  });

  it('registering the same ID again updates the connector', async () => {
    await callRest(emu, 'imconnector.register', REGISTER_EXAMPLE, APP);
    const res = await callRest(
      emu,
      'imconnector.register',
      { ...REGISTER_EXAMPLE, NAME: 'Renamed', CHAT_GROUP: 'Y' },
      APP,
    );
    expect(res.body.result).toEqual({ result: true });
    expect(emu.state.connectors.get('myconnector')).toEqual(
      expect.objectContaining({ name: 'Renamed', chatGroup: true }),
    );
  });

  it.each([
    ['CONNECTOR_ID_REQUIRED', { ID: '' }],
    ['APPLICATION_REGISTRATION_ERROR_POINT', { ID: 'my.connector' }],
    ['NAME_REQUIRED', { NAME: '' }],
    ['ICON_REQUIRED', { ICON: { COLOR: '#000' } }],
    ['NO_PLACEMENT_HANDLER', { PLACEMENT_HANDLER: '' }],
  ])('%s arrives inside HTTP 200 as {result:{result:false,...}}', async (code, patch) => {
    const res = await callRest(emu, 'imconnector.register', { ...REGISTER_EXAMPLE, ...patch }, APP);
    expect(res.status).toBe(200);
    expect(res.body.result).toEqual({ result: false, error: code, error_description: expect.any(String) });
    expect(emu.state.connectors.size).toBe(0);
  });
});

describe('imconnector.activate', () => {
  it('documented example: bare true; ACTIVE "0" turns it off again', async () => {
    await callRest(emu, 'imconnector.register', REGISTER_EXAMPLE, APP);
    const res = await callRest(
      emu,
      'imconnector.activate',
      { CONNECTOR: 'myconnector', LINE: 1, ACTIVE: '1' },
      APP,
    );
    expect(res.status).toBe(200);
    expect(res.body.result).toBe(true);
    expect(emu.state.connectorLines).toEqual([
      expect.objectContaining({ connectorId: 'myconnector', lineId: 1, active: true }),
    ]);
    await callRest(emu, 'imconnector.activate', { CONNECTOR: 'myconnector', LINE: 1, ACTIVE: '0' }, APP);
    expect(emu.state.connectorLines[0]?.active).toBe(false);
    // "An empty value or 0 disables it": an empty ACTIVE is not an argument error.
    for (const [value, expected] of [
      ['Y', true],
      ['', false],
      [1, true],
      [0, false],
      ['N', false],
    ] as const) {
      const res = await callRest(
        emu,
        'imconnector.activate',
        { CONNECTOR: 'myconnector', LINE: 1, ACTIVE: value },
        APP,
      );
      expect([value, res.status, emu.state.connectorLines[0]?.active]).toEqual([value, 200, expected]);
    }
  });

  it.each([
    ['CONNECTOR', { LINE: 1, ACTIVE: '1' }],
    ['LINE', { CONNECTOR: 'myconnector', ACTIVE: '1' }],
    ['ACTIVE', { CONNECTOR: 'myconnector', LINE: 1 }],
  ])('ERROR_ARGUMENT "Argument \'%s\' is null or empty"', async (name, params) => {
    const res = await callRest(emu, 'imconnector.activate', params, APP);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: 'ERROR_ARGUMENT',
      error_description: `Argument '${name}' is null or empty`,
    });
  });
  it('the documented example verbatim (LINE 107, a line the seed does not have): true; no line check', async () => {
    await callRest(emu, 'imconnector.register', REGISTER_EXAMPLE, APP);
    const res = await callRest(
      emu,
      'imconnector.activate',
      { CONNECTOR: 'myconnector', LINE: 107, ACTIVE: '1' },
      APP,
    );
    expect([res.status, res.body.result]).toEqual([200, true]);
    const data = await callRest(
      emu,
      'imconnector.connector.data.set',
      {
        CONNECTOR: 'myconnector',
        LINE: 107,
        DATA: { ID: 'channel-123', URL: 'https://example.com/chats/123', NAME: 'Support Channel' },
      },
      APP,
    );
    expect([data.status, data.body.result]).toEqual([200, true]);
    const status = await callRest(emu, 'imconnector.status', { CONNECTOR: 'myconnector', LINE: '107' }, APP);
    expect(status.body.result).toEqual({
      LINE: 107,
      CONNECTOR: 'myconnector',
      ERROR: false,
      CONFIGURED: true,
      STATUS: true,
    });
  });
});

describe('imconnector.connector.data.set', () => {
  it('documented example: bare true; DATA replaces the settings as a whole', async () => {
    await callRest(emu, 'imconnector.register', REGISTER_EXAMPLE, APP);
    const res = await callRest(
      emu,
      'imconnector.connector.data.set',
      {
        CONNECTOR: 'myconnector',
        LINE: 1,
        DATA: { ID: 'channel-123', URL: 'https://example.com/chats/123', NAME: 'Support Channel' },
      },
      APP,
    );
    expect(res.status).toBe(200);
    expect(res.body.result).toBe(true);
    await callRest(
      emu,
      'imconnector.connector.data.set',
      { CONNECTOR: 'myconnector', LINE: 1, DATA: { ID: 'c2' } },
      APP,
    );
    expect(emu.state.connectorLines[0]?.data).toEqual({ ID: 'c2' });
  });

  it('ERROR_ARGUMENT for a missing DATA', async () => {
    const res = await callRest(
      emu,
      'imconnector.connector.data.set',
      { CONNECTOR: 'myconnector', LINE: 1 },
      APP,
    );
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: 'ERROR_ARGUMENT',
      error_description: "Argument 'DATA' is null or empty",
    });
  });
});

describe('imconnector.status', () => {
  it('documented example: LINE "12"-style string comes back as a number; CONFIGURED and STATUS', async () => {
    await setUpConnector(emu, 2);
    const res = await callRest(emu, 'imconnector.status', { CONNECTOR: 'myconnector', LINE: '2' }, APP);
    expect(res.status).toBe(200);
    expect(res.body.result).toEqual({
      LINE: 2,
      CONNECTOR: 'myconnector',
      ERROR: false,
      CONFIGURED: true,
      STATUS: true,
    });
  });

  it('registered but not set up, LINE omitted, and an unknown connector: false/false', async () => {
    await callRest(emu, 'imconnector.register', REGISTER_EXAMPLE, APP);
    await callRest(emu, 'imconnector.activate', { CONNECTOR: 'myconnector', LINE: 1, ACTIVE: 1 }, APP);
    const active = await callRest(emu, 'imconnector.status', { CONNECTOR: 'myconnector', LINE: 1 }, APP);
    expect(active.body.result).toEqual(expect.objectContaining({ CONFIGURED: false, STATUS: true }));
    const noLine = await callRest(emu, 'imconnector.status', { CONNECTOR: 'myconnector' }, APP);
    expect(noLine.body.result).toEqual({
      LINE: 0,
      CONNECTOR: 'myconnector',
      ERROR: false,
      CONFIGURED: false,
      STATUS: false,
    });
    const unknown = await callRest(emu, 'imconnector.status', { CONNECTOR: 'nobody', LINE: 1 }, APP);
    expect(unknown.body.result).toEqual(expect.objectContaining({ CONFIGURED: false, STATUS: false }));
  });

  it('ERROR_ARGUMENT for a missing CONNECTOR', async () => {
    const res = await callRest(emu, 'imconnector.status', { LINE: 1 }, APP);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: 'ERROR_ARGUMENT',
      error_description: "Argument 'CONNECTOR' is null or empty",
    });
  });
});
