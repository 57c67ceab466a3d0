/**
 * vote.Integration.Im.send over HTTP (docs/bitrix24-contract.md §6.1): the documented example in both auth forms,
 * every documented error with the situation that causes it, templateId idempotency, form bodies.
 */
import {
  callRest,
  request,
  startEmulator,
  type RunningEmulator,
  chatHistory,
} from '../../support/emulator.js';
import { asUser, pollParams } from './vote-helpers.js';

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, limits: { enabled: false } });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const historyOf = (chatId: number) => chatHistory(emu, chatId);

describe('vote.Integration.Im.send: the documented example', () => {
  it('webhook form: integer messageId and voteId, and a poll message authored by the caller', async () => {
    const res = await callRest(emu, 'vote.Integration.Im.send', pollParams({ chatId: 1 }), { webhook: true });
    expect(res.status).toBe(200);
    expect(res.body.result).toEqual({ messageId: expect.any(Number), voteId: expect.any(Number) });
    expect(res.body.time).toEqual(
      expect.objectContaining({ start: expect.any(Number), duration: expect.any(Number) }),
    );
    const history = await historyOf(1);
    expect(history).toEqual([
      expect.objectContaining({ id: res.body.result.messageId, authorId: 1, source: 'poll', chatId: 1 }),
    ]);
  });

  it('OAuth form: the token user is the author', async () => {
    const res = await callRest(emu, 'vote.Integration.Im.send', pollParams({ chatId: 2 }), asUser(2));
    expect(res.status).toBe(200);
    const history = await historyOf(2);
    expect(history[0]).toEqual(expect.objectContaining({ id: res.body.result.messageId, authorId: 2 }));
  });

  it('accepts a form-encoded body with PHP-style keys and string numbers', async () => {
    const form = new URLSearchParams({
      chatId: '1',
      'IM_MESSAGE_VOTE_DATA[QUESTIONS][0][QUESTION]': 'Lunch?',
      'IM_MESSAGE_VOTE_DATA[QUESTIONS][0][FIELD_TYPE]': '1',
      'IM_MESSAGE_VOTE_DATA[QUESTIONS][0][ANSWERS][0][MESSAGE]': 'Pizza',
      'IM_MESSAGE_VOTE_DATA[QUESTIONS][0][ANSWERS][1][MESSAGE]': 'Salad',
      'IM_MESSAGE_VOTE_DATA[ANONYMITY]': '1',
      'IM_MESSAGE_VOTE_DATA[OPTIONS]': '1',
      auth: 'dev-token-3',
    });
    const res = await request(emu, '/rest/vote.Integration.Im.send', {
      body: form.toString(),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(200);
    const read = await callRest(
      emu,
      'vote.AttachedVote.get',
      { attachId: res.body.result.voteId },
      asUser(3),
    );
    const attach = read.body.result.attach;
    expect(attach).toMatchObject({
      ANONYMITY: 1,
      OPTIONS: 1,
      canEdit: true,
      entityId: res.body.result.messageId,
    });
    expect(Object.values<any>(attach.QUESTIONS)[0]).toMatchObject({ QUESTION: 'Lunch?', FIELD_TYPE: '1' });
  });
});

describe('vote.Integration.Im.send: templateId idempotency (docs/bitrix24-contract.md §10 #24)', () => {
  it('returns the first result for a retry by the same user and creates nothing', async () => {
    const params = pollParams({ templateId: 'client-mutation-42' });
    const first = await callRest(emu, 'vote.Integration.Im.send', params, asUser(1));
    const retry = await callRest(emu, 'vote.Integration.Im.send', params, asUser(1));
    expect(retry.status).toBe(200);
    expect(retry.body.result).toEqual(first.body.result);
    expect(await historyOf(1)).toHaveLength(1);
    expect(emu.state.polls.size).toBe(1);
  });

  it('treats the same templateId from another user as a new poll', async () => {
    const params = pollParams({ templateId: 'shared-key' });
    const mine = await callRest(emu, 'vote.Integration.Im.send', params, asUser(1));
    const theirs = await callRest(emu, 'vote.Integration.Im.send', params, asUser(2));
    expect(theirs.body.result.voteId).not.toBe(mine.body.result.voteId);
    expect(await historyOf(1)).toHaveLength(2);
  });

  it('does not deduplicate when templateId is null (the documented example)', async () => {
    await callRest(emu, 'vote.Integration.Im.send', pollParams(), asUser(1));
    await callRest(emu, 'vote.Integration.Im.send', pollParams(), asUser(1));
    expect(await historyOf(1)).toHaveLength(2);
  });
});

describe('vote.Integration.Im.send: errors (string codes, status = code)', () => {
  const withData = (data: unknown, chatId: unknown = 1) => ({ chatId, IM_MESSAGE_VOTE_DATA: data });
  const question = (answers: string[], text = 'Q?') => ({
    QUESTION: text,
    ANSWERS: answers.map((MESSAGE) => ({ MESSAGE })),
  });

  it.each<[string, Record<string, unknown>, number, string]>([
    ['an unknown chat', pollParams({ chatId: 999 }), 400, 'Access denied'],
    ['a dialogId instead of a chatId', { ...pollParams(), chatId: 'chat1' }, 400, 'Access denied'],
    ['no vote data', { chatId: 1 }, 400, 'Please enter a question and answer options'],
    ['no questions', withData({ QUESTIONS: [] }), 400, 'Please enter a question and answer options'],
    [
      'an empty question text',
      withData({ QUESTIONS: [question(['a', 'b'], ' ')] }),
      400,
      'Please enter a question and answer options',
    ],
    [
      'an empty answer text',
      withData({ QUESTIONS: [question(['a', ''])] }),
      400,
      'Please enter a question and answer options',
    ],
    [
      'two questions',
      withData({ QUESTIONS: [question(['a', 'b']), question(['c', 'd'])] }),
      400,
      'Maximum number of questions: 1',
    ],
    ['one answer', withData({ QUESTIONS: [question(['a'])] }), 400, 'Minimum number of answers: 2'],
    [
      'eleven answers',
      withData({ QUESTIONS: [question('abcdefghijk'.split(''))] }),
      400,
      'Maximum number of answers: 10',
    ],
    [
      'FIELD_TYPE 2',
      withData({ QUESTIONS: [{ ...question(['a', 'b']), FIELD_TYPE: 2 }] }),
      400,
      'Failed to save survey data. Please try again',
    ],
    [
      'ANONYMITY 5',
      withData({ QUESTIONS: [question(['a', 'b'])], ANONYMITY: 5 }),
      400,
      'Failed to save survey data. Please try again',
    ],
  ])('%s', async (_label, params, status, description) => {
    const res = await callRest(emu, 'vote.Integration.Im.send', params, asUser(1));
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ error: String(status), error_description: description });
    expect(emu.state.polls.size).toBe(0);
  });

  it('a caller outside the chat gets 400 "Access denied"', async () => {
    const res = await callRest(emu, 'vote.Integration.Im.send', pollParams({ chatId: 2 }), asUser(3));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: '400', error_description: 'Access denied' });
  });

  it('a one-to-one dialog cannot hold a poll: 403 "Creating a survey is not available"', async () => {
    const dialog = await callRest(emu, 'im.dialog.get', { DIALOG_ID: '2' }, asUser(1));
    const res = await callRest(
      emu,
      'vote.Integration.Im.send',
      pollParams({ chatId: dialog.body.result.id }),
      asUser(1),
    );
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: '403', error_description: 'Creating a survey is not available' });
  });

  it('a member who may not post gets 403 "Insufficient rights to create a survey"', async () => {
    emu.state.chats.get(1)!.canPost = 'manager';
    const denied = await callRest(emu, 'vote.Integration.Im.send', pollParams({ chatId: 1 }), asUser(2));
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({
      error: '403',
      error_description: 'Insufficient rights to create a survey',
    });
    const owner = await callRest(emu, 'vote.Integration.Im.send', pollParams({ chatId: 1 }), asUser(1));
    expect(owner.status).toBe(200);
  });
});
