/**
 * im.message.add (a portal user posts) and im.dialog.messages.get (a dialog's history: newest first,
 * LAST_ID/FIRST_ID paging, LIMIT default 20 and max 50, users and files blocks), with polls, bot and
 * connector messages in the history as the portal shows them.
 */
import { callRest, devAccessToken, type CallAs } from '../../support/emulator.js';
import { useEmulator } from '../../support/emulator-lifecycle.js';
import { botInChat, sendAsBot } from '../bots/bot-helpers.js';
import { APP, messageItem, setUpConnector } from '../connector/connector-helpers.js';
import { createPoll } from '../vote/vote-helpers.js';

const emu = useEmulator({ limits: { enabled: false } });
const asUser = (userId: number): CallAs => ({ token: devAccessToken(userId) });

const post = async (userId: number, params: Record<string, unknown>) =>
  callRest(emu, 'im.message.add', params, asUser(userId));
const history = async (userId: number, params: Record<string, unknown>) =>
  callRest(emu, 'im.dialog.messages.get', params, asUser(userId));
const ids = (res: { body: any }) => res.body.result.messages.map((m: { id: number }) => m.id);

describe('im.message.add', () => {
  it('a member posts to chat1: the result is the new message id, readable in the history', async () => {
    const res = await post(2, { DIALOG_ID: 'chat1', MESSAGE: 'Hello, team' });
    expect(res.status).toBe(200);
    expect(typeof res.body.result).toBe('number');
    const read = await history(3, { DIALOG_ID: 'chat1' });
    expect(read.body.result.messages[0]).toEqual({
      id: res.body.result,
      chat_id: 1,
      author_id: 2,
      date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/),
      text: 'Hello, team',
      unread: true,
      uuid: null,
      replaces: [],
      params: [],
      disappearing_date: null,
    });
    // The author has read their own message.
    expect((await history(2, { DIALOG_ID: 'chat1' })).body.result.messages[0].unread).toBe(false);
  });

  it('a user id as DIALOG_ID posts to the private dialog', async () => {
    const res = await post(2, { DIALOG_ID: '5', MESSAGE: 'Hi Elena' });
    expect(res.status).toBe(200);
    const read = await history(5, { DIALOG_ID: '2' });
    expect(read.body.result.messages.map((m: { text: string }) => m.text)).toEqual(['Hi Elena']);
  });

  it('refuses an empty message, an empty DIALOG_ID (USER_ID_EMPTY, as documented), a chat prefix without a number (CHAT_ID_EMPTY) and a chat the caller is not in, writing nothing', async () => {
    const before = emu.state.messages.size;
    const empty = await post(2, { DIALOG_ID: 'chat1', MESSAGE: '   ' });
    expect([empty.status, empty.body.error]).toEqual([400, 'MESSAGE_EMPTY']);
    const noDialog = await post(2, { MESSAGE: 'x' });
    expect([noDialog.status, noDialog.body.error]).toEqual([400, 'USER_ID_EMPTY']);
    const noChatNumber = await post(2, { DIALOG_ID: 'chat', MESSAGE: 'x' });
    expect([noChatNumber.status, noChatNumber.body.error]).toEqual([400, 'CHAT_ID_EMPTY']);
    // User 3 is not in chat2 (users 1 and 2).
    const outsider = await post(3, { DIALOG_ID: 'chat2', MESSAGE: 'x' });
    expect([outsider.status, outsider.body.error]).toEqual([403, 'ACCESS_ERROR']);
    expect(emu.state.messages.size).toBe(before);
  });
});

describe('im.dialog.messages.get', () => {
  it('polls, bot messages and connector messages appear as the portal shows them, with their users', async () => {
    const poll = await createPoll(emu);
    const botId = await botInChat(emu);
    const botMessage = await sendAsBot(emu, botId, { message: 'I am a bot', templateId: 'tpl-1' });
    const mine = (await post(3, { DIALOG_ID: 'chat1', MESSAGE: 'after the bot' })).body.result as number;

    const read = await history(1, { DIALOG_ID: 'chat1' });
    expect(read.status).toBe(200);
    expect(read.body.result.chat_id).toBe(1);
    expect(ids(read)).toEqual([mine, botMessage, poll.messageId]);
    const [, bot, pollMessage] = read.body.result.messages;
    expect(bot).toMatchObject({ author_id: botId, text: 'I am a bot', uuid: 'tpl-1' });
    expect(pollMessage).toMatchObject({ author_id: 1, params: { IM_VOTE: { ATTACH_ID: poll.attachId } } });
    const users = read.body.result.users.map((u: { id: number; bot: boolean; type: string }) => [
      u.id,
      u.bot,
      u.type,
    ]);
    expect(users).toEqual([
      [3, false, 'user'],
      [botId, true, 'bot'],
      [1, false, 'user'],
    ]);
    expect(read.body.result.users[0]).toMatchObject({
      name: 'Clara Schmidt',
      last_activity_date: expect.stringMatching(/^\d{4}-/),
      mobile_last_date: false,
    });
    expect(read.body.result.files).toEqual([]);

    await setUpConnector(emu);
    const sent = await callRest(
      emu,
      'imconnector.send.messages',
      { CONNECTOR: 'myconnector', LINE: 1, MESSAGES: [messageItem()] },
      APP,
    );
    expect(sent.status).toBe(200);
    const session = emu.state.openLineSessions[0]!;
    const line = await history(1, { DIALOG_ID: `chat${session.chatId}` });
    expect(line.body.result.messages).toEqual([
      expect.objectContaining({ author_id: session.userId, text: expect.stringContaining('Good afternoon') }),
    ]);
    expect(line.body.result.users).toEqual([
      expect.objectContaining({ id: session.userId, connector: true, bot: false }),
    ]);
  });

  it('LAST_ID pages backwards, FIRST_ID forwards, newest first; LIMIT default 20, max 50', async () => {
    const posted: number[] = [];
    for (let n = 0; n < 60; n++)
      posted.push((await post(2, { DIALOG_ID: 'chat2', MESSAGE: `m${n}` })).body.result);
    const newest = await history(1, { DIALOG_ID: 'chat2' });
    expect(ids(newest)).toEqual(posted.slice(-20).reverse());
    const capped = await history(1, { DIALOG_ID: 'chat2', LIMIT: 500 });
    expect(ids(capped)).toEqual(posted.slice(-50).reverse());
    // Backwards from the oldest id received.
    const older = await history(1, { DIALOG_ID: 'chat2', LAST_ID: Math.min(...ids(newest)), LIMIT: 30 });
    expect(ids(older)).toEqual(posted.slice(10, 40).reverse());
    // Forwards from a known id: the next ones after it, newest first.
    const newer = await history(1, { DIALOG_ID: 'chat2', FIRST_ID: posted[5], LIMIT: 3 });
    expect(ids(newer)).toEqual([posted[8], posted[7], posted[6]]);
    // An id that names no message of this chat: empty lists.
    const unknown = await history(1, { DIALOG_ID: 'chat2', LAST_ID: 999_999 });
    expect(unknown.body.result).toEqual({ chat_id: 2, messages: [], users: [], files: [] });
  });

  it('refuses a FIRST_ID or LAST_ID that is not a number (FIRST_ID_STRING, LAST_ID_STRING); 0 counts as absent', async () => {
    const first = await history(1, { DIALOG_ID: 'chat2', FIRST_ID: 'abc' });
    expect([first.status, first.body.error, first.body.error_description]).toEqual([
      400,
      'FIRST_ID_STRING',
      "First ID can't be string",
    ]);
    const last = await history(1, { DIALOG_ID: 'chat2', LAST_ID: '12x' });
    expect([last.status, last.body.error, last.body.error_description]).toEqual([
      400,
      'LAST_ID_STRING',
      "Last ID can't be string",
    ]);
    const numeric = await history(1, { DIALOG_ID: 'chat2', LAST_ID: '0' });
    expect(numeric.status).toBe(200);
  });

  it('refuses a dialog the caller is not in with 403 ACCESS_ERROR', async () => {
    const res = await history(3, { DIALOG_ID: 'chat2' });
    expect([res.status, res.body.error]).toEqual([403, 'ACCESS_ERROR']);
  });
});
