/**
 * imconnector.send.messages over HTTP (docs/bitrix24-contract.md §8.5, seed 004): the documented example, per-item
 * failures inside HTTP 200, top-level errors, what delivery creates, and idempotency by message id.
 */
import { callRest, request, startEmulator, type RunningEmulator } from '../../support/emulator.js';
import { APP, messageItem, setUpConnector } from './connector-helpers.js';

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, limits: { enabled: false } });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const send = (messages: unknown, extra: Record<string, unknown> = {}) =>
  callRest(
    emu,
    'imconnector.send.messages',
    { CONNECTOR: 'myconnector', LINE: 1, MESSAGES: messages, ...extra },
    APP,
  );

describe('imconnector.send.messages: documented example', () => {
  it('result.SUCCESS and DATA.RESULT[] with strings for user and session ids, date {}', async () => {
    await setUpConnector(emu);
    const res = await send([messageItem()]);
    expect(res.status).toBe(200);
    expect(res.body.result.SUCCESS).toBe(true);
    const [item] = res.body.result.DATA.RESULT;
    expect(item).toEqual({
      user: expect.stringMatching(/^\d+$/),
      message: {
        id: 'ext-msg-1001',
        date: {},
        text: 'Good afternoon',
        // The documented response echoes files as [] although the request carried one.
        files: [],
      },
      chat: {
        id: 'channel-123',
        name: 'Support Channel',
        description: 'Link to the original post: https://example.com/chats/123',
      },
      extra: { skip_phone_validate: 'Y', disable_tracker: 'Y' },
      SUCCESS: true,
      session: { ID: expect.stringMatching(/^\d+$/), CHAT_ID: expect.stringMatching(/^\d+$/) },
    });
    // A portal user for the external user, an Open Channel chat, and the message in its history.
    const user = emu.state.users.get(Number(item.user));
    expect(user).toEqual(
      expect.objectContaining({ name: 'Ivan Ivanov', connector: true, isBot: false, gender: 'M' }),
    );
    const chat = emu.state.chats.get(Number(item.session.CHAT_ID));
    expect(chat).toEqual(expect.objectContaining({ kind: 'openChannel', entityType: 'LINES' }));
    expect(chat?.memberIds).toContain(Number(item.user));
    const history = await request(emu, `/_emulator/state/messages?chatId=${item.session.CHAT_ID}`);
    expect(history.body.messages).toEqual([
      expect.objectContaining({
        authorId: Number(item.user),
        text: 'Good afternoon',
        source: 'connector',
        date: '2026-03-11T21:53:13+00:00',
      }),
    ]);
    // The files are on the chat message.
    const stored = [...emu.state.messages.values()].find((m) => m.source === 'connector');
    expect(stored?.params.FILES).toEqual([{ url: 'https://example.com/files/spec.pdf', name: 'spec.pdf' }]);
  });

  it('one session and one user per external user on a line; a new message id adds to the same chat', async () => {
    await setUpConnector(emu);
    const first = await send([messageItem()]);
    const second = await send([messageItem({ message: { id: 'ext-msg-1002', text: 'Still there?' } })]);
    const a = first.body.result.DATA.RESULT[0];
    const b = second.body.result.DATA.RESULT[0];
    expect(b.user).toBe(a.user);
    expect(b.session).toEqual(a.session);
    const history = await request(emu, `/_emulator/state/messages?chatId=${a.session.CHAT_ID}`);
    expect(history.body.messages).toHaveLength(2);
    expect(emu.state.openLineSessions).toHaveLength(1);
  });

  it('our choice: a repeated external message id returns the same result and creates nothing', async () => {
    await setUpConnector(emu);
    const first = await send([messageItem()]);
    const messagesBefore = emu.state.messages.size;
    const repeat = await send([messageItem()]);
    expect(repeat.body).toEqual({ ...first.body, time: expect.any(Object) });
    expect(emu.state.messages.size).toBe(messagesBefore);
  });
});

describe('imconnector.send.messages: form bodies', () => {
  it('PHP-style keys (MESSAGES[0][user][id]=…) and string numbers work like JSON', async () => {
    await setUpConnector(emu);
    const form = new URLSearchParams({
      CONNECTOR: 'myconnector',
      LINE: '1',
      'MESSAGES[0][user][id]': 'ext-form-1',
      'MESSAGES[0][user][name]': 'Olga',
      'MESSAGES[0][message][id]': 'form-msg-1',
      'MESSAGES[0][message][date]': '1773265993',
      'MESSAGES[0][message][text]': 'Sent as a form',
      'MESSAGES[0][chat][id]': 'channel-9',
      auth: 'dev-token-1',
    });
    const res = await request(emu, '/rest/imconnector.send.messages', {
      body: form.toString(),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(200);
    expect(res.body.result.DATA.RESULT[0]).toEqual(
      expect.objectContaining({ SUCCESS: true, message: expect.objectContaining({ id: 'form-msg-1' }) }),
    );
  });
});

describe('imconnector.send.messages: per-item failures (HTTP 200)', () => {
  it('a batch with one bad item: that one fails, the others are delivered', async () => {
    await setUpConnector(emu);
    const res = await send([
      messageItem({ message: { id: 'm1', text: 'first' } }),
      messageItem({ message: { id: 'm2', text: '', files: [] } }),
      messageItem({
        user: { id: 'ext-user-7', name: 'Anna' },
        message: { id: 'm3', text: 'third', files: [] },
      }),
    ]);
    expect(res.status).toBe(200);
    const results = res.body.result.DATA.RESULT;
    expect(results.map((r: { SUCCESS: boolean }) => r.SUCCESS)).toEqual([true, false, true]);
    expect(results[1]).toEqual(
      expect.objectContaining({ SUCCESS: false, ERRORS: ['Not all required data was provided'] }),
    );
    expect(results[1].session).toBeUndefined();
    const delivered = [...emu.state.messages.values()]
      .filter((m) => m.source === 'connector')
      .map((m) => m.text);
    expect(delivered).toEqual(['first', 'third']);
    // An item without skip_phone_validate/disable_crm has no extra flags: an empty PHP array, `[]`.
    const plain = await send([
      { user: { id: 'u9' }, message: { id: 'p1', text: 'plain' }, chat: { id: 'c9' } },
    ]);
    expect(plain.body.result.DATA.RESULT[0]).toEqual(expect.objectContaining({ SUCCESS: true, extra: [] }));
  });

  it.each([
    ['digits in the name', { name: 'Ivan2' }],
    ['a name over 25 chars', { last_name: 'x'.repeat(26) }],
    ['no external user id', { id: '' }],
  ])('%s fails the item', async (_label, user) => {
    await setUpConnector(emu);
    const res = await send([messageItem({ user })]);
    expect(res.status).toBe(200);
    expect(res.body.result.DATA.RESULT[0]).toEqual(
      expect.objectContaining({ SUCCESS: false, ERRORS: expect.any(Array) }),
    );
  });

  it('names with letters of any script, spaces, hyphens and apostrophes are fine', async () => {
    await setUpConnector(emu);
    const res = await send([messageItem({ user: { name: 'Жан-Мари', last_name: "O'Neil" } })]);
    expect(res.body.result.DATA.RESULT[0].SUCCESS).toBe(true);
  });

  it('a files-only message is delivered', async () => {
    await setUpConnector(emu);
    const res = await send([messageItem({ message: { id: 'f1', text: undefined } })]);
    expect(res.body.result.DATA.RESULT[0].SUCCESS).toBe(true);
  });
});

describe('imconnector.send.messages: top-level errors', () => {
  it.each([
    [{ LINE: 1, MESSAGES: [messageItem()] }, "Argument 'CONNECTOR' is null or empty"],
    [{ CONNECTOR: 'myconnector', MESSAGES: [messageItem()] }, "Argument 'LINE' is null or empty"],
    [{ CONNECTOR: 'myconnector', LINE: 1 }, "Argument 'MESSAGES' is null or empty"],
    [{ CONNECTOR: 'myconnector', LINE: 1, MESSAGES: [] }, "Argument 'MESSAGES' is null or empty"],
    [
      { CONNECTOR: 'myconnector', LINE: 1, MESSAGES: 'hello' },
      "The value of an argument 'MESSAGES' must be of type array",
    ],
    [
      { CONNECTOR: 'myconnector', LINE: 1, MESSAGES: ['hello'] },
      'The MESSAGES parameter must be an array of messages (arrays)',
    ],
    [
      { CONNECTOR: 'myconnector', LINE: 1, MESSAGES: [{ user: { id: '1' }, message: { text: 'x' } }] },
      'The incorrect structure of a message inside MESSAGES parameter',
    ],
  ])('ERROR_ARGUMENT: %j', async (params, description) => {
    await setUpConnector(emu);
    const res = await callRest(emu, 'imconnector.send.messages', params, APP);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'ERROR_ARGUMENT', error_description: description });
  });

  it('IMCONNECTOR_NO_CORRECT_PROVIDER for an unregistered connector', async () => {
    const res = await callRest(
      emu,
      'imconnector.send.messages',
      { CONNECTOR: 'nobody', LINE: 1, MESSAGES: [messageItem()] },
      APP,
    );
    expect([res.status, res.body.error]).toEqual([400, 'IMCONNECTOR_NO_CORRECT_PROVIDER']);
  });

  it('NOT_ACTIVE_LINE for an inactive line, an unknown line, and a line the connector is not activated on', async () => {
    await setUpConnector(emu, 1);
    await callRest(emu, 'imconnector.activate', { CONNECTOR: 'myconnector', LINE: 1, ACTIVE: '0' }, APP);
    for (const line of [1, 999, 2]) {
      const res = await send([messageItem()], { LINE: line });
      expect([line, res.status, res.body.error]).toEqual([line, 400, 'NOT_ACTIVE_LINE']);
    }
    expect([...emu.state.messages.values()].filter((m) => m.source === 'connector')).toEqual([]);
  });
});
