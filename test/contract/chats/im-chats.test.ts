/**
 * im.chat.get, im.dialog.get and im.recent.list over HTTP (docs/bitrix24-contract.md §9): the documented examples
 * adapted to the seed (chat1: members 1..5, chat2: members 1 and 2, owner 1), and their errors.
 */
import {
  callRest,
  devAccessToken,
  request,
  startEmulator,
  type RunningEmulator,
} from '../../support/emulator.js';
import type { EmChat } from '../../../src/emulators/bitrix24/store/state.js';

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, limits: { enabled: false } });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const asUser = (userId: number) => ({ token: devAccessToken(userId) });

function addChat(patch: Partial<EmChat> & { id: number }): EmChat {
  const chat: EmChat = {
    kind: 'chat',
    name: `Chat ${patch.id}`,
    description: '',
    ownerId: 1,
    memberIds: [1, 2],
    managerIds: [1],
    entityType: '',
    entityId: '',
    color: '#f76187',
    dateCreate: '2026-01-05T09:00:00+00:00',
    ...patch,
  };
  emu.state.chats.set(chat.id, chat);
  return chat;
}

async function postPoll(chatId: number, userId = 1): Promise<number> {
  const res = await callRest(
    emu,
    'vote.Integration.Im.send',
    {
      chatId,
      IM_MESSAGE_VOTE_DATA: {
        QUESTIONS: [{ QUESTION: `Poll in ${chatId}`, ANSWERS: [{ MESSAGE: 'a' }, { MESSAGE: 'b' }] }],
      },
    },
    asUser(userId),
  );
  if (res.status !== 200) throw new Error(res.text);
  return res.body.result.messageId;
}

describe('im.chat.get', () => {
  it('documented example (webhook and OAuth): {ID} for an ENTITY_TYPE/ENTITY_ID binding', async () => {
    addChat({ id: 1439, name: 'Deal Chat', entityType: 'CRM', entityId: 'DEAL|1663' });
    for (const as of [{ webhook: true as const }, asUser(3)]) {
      const res = await callRest(emu, 'im.chat.get', { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|1663' }, as);
      expect(res.status).toBe(200);
      expect(res.body.result).toEqual({ ID: 1439 });
      expect(res.body.time).toBeDefined();
    }
  });

  it('answers result: null for no match and for missing parameters, never an error', async () => {
    addChat({ id: 50, entityType: 'TASKS', entityId: '8293' });
    for (const params of [
      { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|1' },
      { ENTITY_TYPE: 'TASKS' },
      { ENTITY_ID: '8293' },
      {},
    ]) {
      const res = await callRest(emu, 'im.chat.get', params);
      expect([res.status, res.body.result]).toEqual([200, null]);
    }
    const form = await request(emu, '/rest/im.chat.get', {
      body: new URLSearchParams({
        ENTITY_TYPE: 'TASKS',
        ENTITY_ID: '8293',
        auth: devAccessToken(1),
      }).toString(),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(form.body.result).toEqual({ ID: 50 });
  });
});

describe('im.dialog.get', () => {
  it('documented example (DIALOG_ID chatN): the full snake_case field list', async () => {
    const messageId = await postPoll(1, 2);
    const res = await callRest(emu, 'im.dialog.get', { DIALOG_ID: 'chat1' }, { webhook: true });
    expect(res.status).toBe(200);
    const chat = res.body.result;
    expect(Object.keys(chat).sort()).toEqual(
      [
        'id',
        'parent_chat_id',
        'parent_message_id',
        'name',
        'description',
        'owner',
        'extranet',
        'avatar',
        'color',
        'type',
        'counter',
        'user_counter',
        'message_count',
        'unread_id',
        'restrictions',
        'last_message_id',
        'last_id',
        'marked_id',
        'disk_folder_id',
        'entity_type',
        'entity_id',
        'entity_data_1',
        'entity_data_2',
        'entity_data_3',
        'mute_list',
        'date_create',
        'message_type',
        'public',
        'role',
        'entity_link',
        'text_field_enabled',
        'background_id',
        'permissions',
        'is_new',
        'readed_list',
        'manager_list',
        'last_message_views',
        'dialog_id',
      ].sort(),
    );
    expect(chat).toMatchObject({
      id: 1,
      owner: 1,
      type: 'chat',
      message_type: 'C',
      role: 'owner',
      user_counter: 5,
      message_count: 1,
      counter: 1,
      unread_id: messageId,
      last_message_id: messageId,
      last_id: 0,
      text_field_enabled: true,
      background_id: null,
      manager_list: [1],
      mute_list: [],
      entity_link: { type: '', url: '', id: '' },
      dialog_id: 'chat1',
      is_new: false,
      last_message_views: { message_id: messageId, first_viewers: [], count_of_viewers: 0 },
    });
    expect(chat.restrictions).toEqual(expect.objectContaining({ send: true, path: '', path_title: '' }));
    expect(chat.permissions).toEqual({
      manage_users_add: 'member',
      manage_users_delete: 'manager',
      manage_ui: 'member',
      manage_settings: 'owner',
      manage_messages: 'member',
      can_post: 'member',
    });
    // The caller is not in its own readed_list (as in the documented example).
    expect(chat.readed_list.map((r: { user_id: number }) => r.user_id)).toEqual([2, 3, 4, 5]);
    expect(chat.readed_list[0]).toEqual({
      user_id: 2,
      user_name: 'Boris Petrov',
      message_id: messageId,
      date: expect.any(String),
    });
    expect(chat.readed_list[1]).toEqual({
      user_id: 3,
      user_name: 'Clara Schmidt',
      message_id: 0,
      date: null,
    });
  });

  it('OAuth form: the role is the token user’s, in lower case', async () => {
    const res = await callRest(emu, 'im.dialog.get', { DIALOG_ID: 'chat2' }, asUser(2));
    expect(res.body.result).toMatchObject({
      id: 2,
      role: 'member',
      user_counter: 2,
      counter: 0,
      unread_id: 0,
    });
  });

  it('a CRM chat reports its type and entity link', async () => {
    addChat({ id: 1439, name: 'Deal Chat', entityType: 'CRM', entityId: 'DEAL|1663' });
    const res = await callRest(emu, 'im.dialog.get', { DIALOG_ID: 'chat1439' });
    expect(res.body.result).toMatchObject({
      type: 'crm',
      entity_type: 'CRM',
      entity_id: 'DEAL|1663',
      entity_link: { type: 'DEAL', url: '/crm/deal/details/1663/', id: 'DEAL|1663' },
    });
  });

  it('a user id opens the private dialog, created on first use and reused after', async () => {
    const first = await callRest(emu, 'im.dialog.get', { DIALOG_ID: '3' }, asUser(2));
    expect(first.status).toBe(200);
    expect(first.body.result).toMatchObject({
      type: 'private',
      message_type: 'P',
      name: 'Clara Schmidt',
      dialog_id: '3',
    });
    const back = await callRest(emu, 'im.dialog.get', { DIALOG_ID: 2 }, asUser(3));
    expect(back.body.result.id).toBe(first.body.result.id);
    expect(back.body.result.name).toBe('Boris Petrov');
    const outsider = await callRest(
      emu,
      'im.dialog.get',
      { DIALOG_ID: `chat${first.body.result.id}` },
      asUser(4),
    );
    expect(outsider.status).toBe(403);
  });

  it('errors: 400 DIALOG_ID_EMPTY, 403 ACCESS_ERROR for non-members and unknown dialogs', async () => {
    const forbidden = {
      error: 'ACCESS_ERROR',
      error_description: 'You do not have access to the specified dialog',
    };
    for (const params of [{}, { DIALOG_ID: '' }]) {
      const res = await callRest(emu, 'im.dialog.get', params);
      expect([res.status, res.body]).toEqual([
        400,
        { error: 'DIALOG_ID_EMPTY', error_description: "Dialog ID can't be empty" },
      ]);
    }
    for (const [userId, DIALOG_ID] of [
      [3, 'chat2'],
      [1, 'chat999'],
      [1, '999'],
      [1, 'sg7'],
      [1, 'nonsense'],
    ] as const) {
      const res = await callRest(emu, 'im.dialog.get', { DIALOG_ID }, asUser(userId));
      expect([res.status, res.body]).toEqual([403, forbidden]);
    }
  });
});

describe('im.recent.list', () => {
  const documentedFlags = {
    SKIP_OPENLINES: 'N',
    SKIP_DIALOG: 'N',
    SKIP_CHAT: 'N',
    PARSE_TEXT: 'Y',
    GET_ORIGINAL_TEXT: 'N',
    SKIP_UNDISTRIBUTED_OPENLINES: 'Y',
    ONLY_COPILOT: 'N',
    ONLY_CHANNEL: 'N',
    CAN_MANAGE_MESSAGES: 'Y',
  };

  it('documented example (webhook): unread dialogs newest first, envelope with total -1', async () => {
    await postPoll(2, 2);
    const latest = await postPoll(1, 3);
    const res = await callRest(
      emu,
      'im.recent.list',
      {
        ...documentedFlags,
        LAST_MESSAGE_DATE: '2100-01-01T00:00:00+00:00',
        UNREAD_ONLY: 'Y',
        OFFSET: 0,
        LIMIT: 20,
      },
      { webhook: true },
    );
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(-1);
    const { items, ...rest } = res.body.result;
    expect(rest).toEqual({
      hasMorePages: false,
      hasMore: false,
      copilot: expect.objectContaining({
        chats: null,
        messages: null,
        roles: expect.any(Object),
        recommendedRoles: expect.any(Array),
      }),
      messagesAutoDeleteConfigs: [],
    });
    expect(items.map((i: { id: unknown }) => i.id)).toEqual(['chat1', 'chat2']);
    expect(items[0]).toMatchObject({
      chat_id: 1,
      type: 'chat',
      title: 'General',
      counter: 1,
      message: {
        id: latest,
        author_id: 3,
        file: false,
        attach: true,
        sticker: null,
        status: 'received',
        uuid: null,
      },
      user: expect.objectContaining({ id: 3, name: 'Clara Schmidt', bot: false, idle: false, phones: false }),
      chat: expect.objectContaining({
        id: 1,
        role: 'OWNER',
        text_field_enabled: true,
        contains_collaber: false,
      }),
      options: [],
    });
    expect(items[0].date_last_activity).toBe(items[0].message.date);
    // A datetime in the docs, never `false` (the dates documented as "if not set, false" stay so).
    expect(items[0].user.last_activity_date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(items[0].user.mobile_last_date).toBe(false);
    expect(items[0].chat.restrictions).not.toHaveProperty('path');
  });

  it('OAuth form: a user dialog has a numeric id and a user block; chats report MEMBER', async () => {
    await callRest(emu, 'im.dialog.get', { DIALOG_ID: '5' }, asUser(2));
    await postPoll(1, 1);
    const res = await callRest(emu, 'im.recent.list', {}, asUser(2));
    const items = res.body.result.items;
    expect(items[0]).toMatchObject({ id: 'chat1', chat: { role: 'MEMBER' } });
    const dialog = items.find((i: { type: string }) => i.type === 'user');
    expect(dialog).toMatchObject({
      id: 5,
      title: 'Elena Ivanova',
      user: { id: 5, first_name: 'Elena', last_name: 'Ivanova', work_position: 'QA engineer' },
      chat: { text_field_enabled: true, background_id: null, mute_list: [] },
    });
    expect(typeof dialog.chat_id).toBe('number');
  });

  it('filters: SKIP_CHAT, SKIP_DIALOG, UNREAD_ONLY, LAST_MESSAGE_DATE cursor', async () => {
    await callRest(emu, 'im.dialog.get', { DIALOG_ID: '4' }, asUser(2));
    await postPoll(2, 1);
    const ids = async (params: Record<string, unknown>) =>
      (await callRest(emu, 'im.recent.list', params, asUser(2))).body.result.items.map(
        (i: { id: unknown }) => i.id,
      );
    expect(await ids({ SKIP_CHAT: 'Y' })).toEqual([4]);
    expect(await ids({ SKIP_DIALOG: 'Y' })).toEqual(['chat2', 'chat1']);
    expect(await ids({ UNREAD_ONLY: 'Y' })).toEqual(['chat2']);
    expect(await ids({ ONLY_COPILOT: 'Y' })).toEqual([]);
    expect(await ids({ LAST_MESSAGE_DATE: '2026-01-05T09:00:00+00:00' })).toEqual([]);
    expect(await ids({ LAST_MESSAGE_DATE: '2026-01-06T00:00:00+00:00', SKIP_DIALOG: 'Y' })).toEqual([
      'chat1',
    ]);
  });

  it('OFFSET/LIMIT paging with hasMore, default 50 and max 200', async () => {
    for (let id = 100; id < 310; id++) addChat({ id, memberIds: [1, 4] });
    const page = async (params: Record<string, unknown>) =>
      (await callRest(emu, 'im.recent.list', params, asUser(4))).body.result;
    // User 4 is in chat1 and the 210 added chats: 211 dialogs.
    const first = await page({ OFFSET: 0, LIMIT: 2 });
    expect([first.items.length, first.hasMore, first.hasMorePages]).toEqual([2, true, true]);
    const second = await page({ OFFSET: '2', LIMIT: '2' });
    expect(second.items.map((i: { id: string }) => i.id)).not.toContain(first.items[0].id);
    expect((await page({})).items).toHaveLength(50);
    const capped = await page({ LIMIT: 500 });
    expect([capped.items.length, capped.hasMore]).toEqual([200, true]);
    const last = await page({ OFFSET: 200, LIMIT: 200 });
    expect([last.items.length, last.hasMore]).toEqual([11, false]);
  });
});
