/**
 * Every feature wrapper, over real HTTP, against the emulator: the raw client + the wrappers
 * produce clean domain objects from the portal's answers, for webhook and OAuth credentials.
 */
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import {
  createPortalClient,
  PortalError,
  type PortalCredential,
} from '../../../src/backends/bitrix24/index.js';
import {
  castBallot,
  downloadPollResults,
  getAnswerVoters,
  getPoll,
  getPollWithVoters,
  getPollsByMessageIds,
  recallBallot,
  resumePoll,
  sendPoll,
  stopPoll,
} from '../../../src/backends/bitrix24/polls/poll.portal.js';
import { findChat, getDialog, listRecent } from '../../../src/backends/bitrix24/chats/chat.portal.js';
import {
  addBotReaction,
  deleteBotMessage,
  deleteBotReaction,
  getBot,
  getBotChat,
  getBotEvents,
  getBotMessage,
  getBotMessageContext,
  listBots,
  readBotMessages,
  registerBot,
  sendBotMessage,
  unregisterBot,
  updateBotMessage,
} from '../../../src/backends/bitrix24/bots/bot.portal.js';
import {
  activateConnector,
  getConnectorStatus,
  registerConnector,
  sendConnectorMessages,
  setConnectorData,
} from '../../../src/backends/bitrix24/connector/connector.portal.js';

let emu: RunningEmulator;
const client = createPortalClient({ timeoutMs: 10_000, userAgent: 'portal-client-tests/1' });
const oauth = (user: number): PortalCredential => ({
  kind: 'oauth',
  portalUrl: emu.url,
  accessToken: `dev-token-${user}`,
});
const webhook = (): PortalCredential => ({ kind: 'webhook', webhookUrl: emu.webhookUrl });

beforeAll(async () => {
  emu = await startEmulator({ port: 0, limits: { enabled: false } });
});
afterAll(async () => {
  await emu.close();
});
beforeEach(() => emu.reset());

describe('polls', () => {
  it('send → get → vote → getMany → voters → recall → stop → resume → download', async () => {
    const sent = await sendPoll(client, oauth(1), {
      chatId: 1,
      question: 'Lunch?',
      answers: ['Pizza', 'Sushi', 'Salad'],
      revoteAllowed: true,
      templateId: 'poll-it-1',
    });
    expect(sent.messageId).toBeGreaterThan(0);
    expect(sent.voteId).toBeGreaterThan(0);
    // templateId idempotency: the same key gives the same poll back
    expect(
      await sendPoll(client, oauth(1), {
        chatId: 1,
        question: 'Lunch?',
        answers: ['Pizza', 'Sushi', 'Salad'],
        revoteAllowed: true,
        templateId: 'poll-it-1',
      }),
    ).toEqual(sent);

    const poll = await getPoll(client, oauth(2), { messageId: sent.messageId });
    expect(poll).toMatchObject({
      messageId: sent.messageId,
      voteId: sent.voteId,
      revoteAllowed: true,
      finished: false,
    });
    expect(poll.questions[0]!.answers.map((a) => a.text)).toEqual(['Pizza', 'Sushi', 'Salad']);
    expect(poll.viewer).toMatchObject({ canVote: true, hasVoted: false, myAnswers: [] });
    expect(poll.resultUrl === null || poll.resultUrl.startsWith(emu.url)).toBe(true);

    const q = poll.questions[0]!;
    const sushi = q.answers[1]!;
    const voted = await castBallot(client, oauth(2), { attachId: poll.attachId }, { [q.id]: [sushi.id] });
    expect(voted.viewer).toMatchObject({
      hasVoted: true,
      myAnswers: [{ questionId: q.id, answerIds: [sushi.id] }],
    });
    expect(voted.questions[0]!.answers.find((a) => a.id === sushi.id)!.votes).toBe(1);
    expect(voted.totalVotes).toBe(1);

    const many = await getPollsByMessageIds(client, oauth(3), [sent.messageId]);
    expect(many.get(sent.messageId)?.viewer.hasVoted).toBe(false); // user 3 has not voted

    const withVoters = await getPollWithVoters(client, oauth(1), { signedAttachId: poll.signedAttachId });
    expect(withVoters.voters.get(sushi.id)?.map((v) => v.id)).toEqual([2]);
    const page = await getAnswerVoters(client, oauth(1), { messageId: sent.messageId }, sushi.id, {
      pageSize: 10,
    });
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ id: 2, name: expect.stringContaining('Boris') });

    const recalled = await recallBallot(client, oauth(2), { messageId: sent.messageId });
    expect(recalled.viewer).toMatchObject({ hasVoted: false, myAnswers: [] });
    expect(recalled.totalVotes).toBe(0);

    await stopPoll(client, oauth(1), { messageId: sent.messageId });
    expect((await getPoll(client, oauth(1), { messageId: sent.messageId })).finished).toBe(true);
    await expect(
      castBallot(client, oauth(2), { messageId: sent.messageId }, { [q.id]: [sushi.id] }),
    ).rejects.toMatchObject({
      code: '403',
      httpStatus: 403,
    });
    await resumePoll(client, oauth(1), { messageId: sent.messageId });
    expect((await getPoll(client, oauth(1), { messageId: sent.messageId })).finished).toBe(false);

    const file = await downloadPollResults(client, oauth(1), { messageId: sent.messageId });
    expect(file.body.length).toBeGreaterThan(0);
    expect(file.contentType).not.toMatch(/json/);
  });

  it('errors come back as PortalError with the portal code (webhook credential)', async () => {
    const missing = getPoll(client, webhook(), { messageId: 999999 });
    await expect(missing).rejects.toBeInstanceOf(PortalError);
    await expect(missing).rejects.toMatchObject({
      code: 'ATTACH_NOT_FOUND',
      transport: false,
      outcomeUnknown: false,
    });
    await expect(getPollsByMessageIds(client, webhook(), [999999])).rejects.toMatchObject({ code: '' });
    await expect(downloadPollResults(client, webhook(), { attachId: 999999 })).rejects.toMatchObject({
      code: 'ATTACH_NOT_FOUND',
    });
  });
});

describe('chats', () => {
  it('getDialog, findChat (null when absent), listRecent', async () => {
    const chat = await getDialog(client, webhook(), 'chat1');
    expect(chat).toMatchObject({ id: 1, dialogId: 'chat1', memberCount: 5, canPost: true });
    expect(chat.role).toBe(chat.role.toLowerCase());
    expect(await findChat(client, webhook(), 'CRM', 'DEAL|987654')).toBeNull();
    const recent = await listRecent(client, oauth(2), { limit: 10 });
    expect(typeof recent.hasMore).toBe('boolean');
    // User 2 is a member of chat1 and chat2 (seed): the list is not empty, so this checks something.
    expect(recent.items.map((item) => item.dialogId)).toEqual(expect.arrayContaining(['chat1', 'chat2']));
    await expect(getDialog(client, oauth(3), 'chat2')).rejects.toMatchObject({ code: 'ACCESS_ERROR' });
  });
});

describe('bots (webhook + botToken)', () => {
  it('register, get, list, chat, messages, reactions, events, unregister', async () => {
    const cred = webhook();
    const botToken = 'it-bot-token-1';
    const registered = await registerBot(client, cred, {
      code: 'it_helper',
      botToken,
      type: 'supervisor',
      properties: { name: 'Helper', workPosition: 'Assistant' },
    });
    expect(registered.bot).toMatchObject({ code: 'it_helper', type: 'supervisor' });
    const botId = registered.bot.id;
    const auth = { botId, botToken };
    expect((await getBot(client, cred, { botId }, botToken)).bot.id).toBe(botId);
    expect((await listBots(client, cred, { botToken })).bots.map((b) => b.id)).toContain(botId);

    // put the bot into chat1 (as the webhook owner, an admin of chat1)
    await client.call('im.chat.user.add', { CHAT_ID: 1, USERS: [botId] }, cred);
    const chat = await getBotChat(client, cred, auth, 'chat1');
    expect(chat).toMatchObject({ id: 1, dialogId: 'chat1' });
    expect(typeof chat.textFieldEnabled).toBe('boolean');

    const sent = await sendBotMessage(client, cred, auth, {
      dialogId: 'chat1',
      message: 'Hello',
      urlPreview: false,
    });
    expect(sent.messageId).toBeGreaterThan(0);
    expect(sent.uuidMap).toEqual({});
    expect(await updateBotMessage(client, cred, auth, sent.messageId, { message: 'Hello!' })).toBe(true);
    const got = await getBotMessage(client, cred, auth, sent.messageId);
    expect(got.message).toMatchObject({ id: sent.messageId, chatId: 1, authorId: botId, text: 'Hello!' });
    const ctx = await getBotMessageContext(client, cred, auth, sent.messageId, 5);
    expect(ctx.messages.map((m) => m.id)).toContain(sent.messageId);
    const read = await readBotMessages(client, cred, auth, 'chat1');
    expect(read.chatId).toBe(1);
    expect(await addBotReaction(client, cred, auth, sent.messageId, 'like')).toBe(true);
    expect(await deleteBotReaction(client, cred, auth, sent.messageId, 'like')).toBe(true);
    const events = await getBotEvents(client, cred, auth, { limit: 10 });
    expect(Array.isArray(events.events)).toBe(true);
    expect(await deleteBotMessage(client, cred, auth, sent.messageId)).toBe(true);

    await expect(sendBotMessage(client, cred, auth, { dialogId: 'chat1' })).rejects.toMatchObject({
      code: 'EMPTY_MESSAGE',
    });
    await expect(
      sendBotMessage(client, cred, { botId }, { dialogId: 'chat1', message: 'x' }),
    ).rejects.toMatchObject({
      code: 'BOT_TOKEN_NOT_SPECIFIED',
    });
    expect(await unregisterBot(client, cred, auth)).toBe(true);
  });
});

describe('connector (OAuth app only)', () => {
  it('register → activate → data.set → status → send.messages with per-item results in order', async () => {
    const cred = oauth(1);
    const connector = 'it_connector';
    await registerConnector(client, cred, {
      id: connector,
      name: 'IT connector',
      icon: { dataImage: 'data:image/svg+xml,%3Csvg%3E%3C/svg%3E' },
      placementHandler: 'https://example.com/handler',
    });
    expect(await activateConnector(client, cred, connector, 1, true)).toBe(true);
    expect(await setConnectorData(client, cred, connector, 1, { id: 'channel-1', name: 'Channel' })).toBe(
      true,
    );
    expect(await getConnectorStatus(client, cred, connector, 1)).toMatchObject({
      line: 1,
      connector,
      configured: true,
      active: true,
    });
    const results = await sendConnectorMessages(client, cred, connector, 1, [
      {
        user: { id: 'ext-user-1', name: 'Jane' },
        message: { id: 'm1', text: 'Hi' },
        chat: { id: 'ext-chat-1' },
      },
      { user: { id: 'ext-user-1' }, message: { id: 'm2' }, chat: { id: 'ext-chat-1' } },
    ]);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ ok: true, externalMessageId: 'm1' });
    if (results[0]!.ok) {
      expect(results[0]!.userId).toBeGreaterThan(0);
      expect(typeof results[0]!.chatId).toBe('number');
    }
    expect(results[1]).toMatchObject({ ok: false, externalMessageId: 'm2', errors: [expect.anything()] });
  });

  it('business errors inside 200 and the webhook refusal', async () => {
    await expect(
      registerConnector(client, oauth(1), {
        id: 'bad.id',
        name: 'x',
        icon: { dataImage: 'data:image/svg+xml,x' },
        placementHandler: 'https://example.com/h',
      }),
    ).rejects.toMatchObject({ code: 'APPLICATION_REGISTRATION_ERROR_POINT', httpStatus: 200 });
    // The seeded webhook also lacks the imopenlines scope; the emulator checks scope first.
    await expect(getConnectorStatus(client, webhook(), 'x', 1)).rejects.toMatchObject({
      code: expect.stringMatching(/^(WRONG_AUTH_TYPE|insufficient_scope)$/),
      httpStatus: 403,
    });
  });
});
