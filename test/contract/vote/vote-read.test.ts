/**
 * The read methods over HTTP (docs/bitrix24-contract.md §6.0, docs/bitrix24-contract.md §6.2–docs/bitrix24-contract.md §6.5, docs/bitrix24-contract.md §6.10): the documented examples adapted
 * to the seed, the Attach shape with its quirks, the three addressing forms, and every error.
 */
import { callRest, request, startEmulator, type RunningEmulator } from '../../support/emulator.js';
import { asUser, createPoll, IM_ENTITY_TYPE, type CreatedPoll } from './vote-helpers.js';

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, limits: { enabled: false } });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const notFound = { error: 'ATTACH_NOT_FOUND', error_description: 'Attach not found' };
const denied = {
  error: 'ATTACH_READ_ACCESS_DENIED',
  error_description: 'No permission to participate in the vote',
};

describe('vote.AttachedVote.get', () => {
  let poll: CreatedPoll;
  beforeEach(async () => {
    poll = await createPoll(emu);
  });

  it('documented example by attachId (webhook): the Attach object with its PHP quirks', async () => {
    const res = await callRest(emu, 'vote.AttachedVote.get', { attachId: poll.attachId }, { webhook: true });
    expect(res.status).toBe(200);
    const attach = res.body.result.attach;
    expect(attach).toEqual({
      ID: poll.attachId,
      VOTE_ID: poll.voteId,
      COUNTER: 0,
      QUESTIONS: { [poll.questionId]: expect.any(Object) },
      ANONYMITY: 0,
      OPTIONS: 0,
      userAnswerMap: [],
      canEdit: true,
      canVote: true,
      canRevote: false,
      isVoted: false,
      signedAttachId: expect.stringMatching(new RegExp(`^${poll.attachId}\\.[0-9a-f]{64}$`)),
      resultUrl: expect.stringMatching(/^\/vote-result\/[0-9a-z]+$/),
      downloadUrl: `/bitrix/services/main/ajax.php?action=vote.AttachedVote.download&SITE_ID=s1&signedAttachId=${attach.signedAttachId}`,
      entityId: poll.messageId,
      isFinished: false,
    });
    const question = attach.QUESTIONS[poll.questionId];
    expect(question).toEqual({
      ID: poll.questionId,
      ACTIVE: 'Y',
      TIMESTAMP_X: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/),
      VOTE_ID: String(poll.voteId),
      C_SORT: '10',
      COUNTER: '0',
      QUESTION: 'How are you?',
      QUESTION_TYPE: 'text',
      IMAGE_ID: null,
      DIAGRAM: 'Y',
      DIAGRAM_TYPE: 'histogram',
      REQUIRED: 'N',
      FIELD_TYPE: '0',
      FIELD_NAME: `bx_vote_event[${poll.attachId}][BALLOT][${poll.questionId}]`,
      IMAGE: null,
      ANSWERS: expect.any(Object),
    });
    const answers = Object.values<any>(question.ANSWERS);
    expect(answers.map((a) => a.C_SORT)).toEqual(['10', '20', '30']);
    expect(answers.map((a) => a.MESSAGE)).toEqual(['Great!', 'The best!', "What's up??"]);
    // Answer ids are not 1..n: clients must read them from the map keys.
    const ids = poll.answerIds.map(Number);
    expect(ids[1]! - ids[0]!).toBeGreaterThan(1);
    expect(answers[1]).toEqual({
      ID: poll.answerIds[1],
      ACTIVE: 'Y',
      TIMESTAMP_X: question.TIMESTAMP_X,
      QUESTION_ID: poll.questionId,
      C_SORT: '20',
      IMAGE_ID: null,
      MESSAGE: 'The best!',
      MESSAGE_TYPE: 'text',
      COUNTER: '0',
      FIELD_TYPE: '0',
      FIELD_WIDTH: '0',
      FIELD_HEIGHT: '0',
      FIELD_PARAM: null,
      COLOR: '',
      REACTION: '',
      '~FIELD_NAME': question.FIELD_NAME,
      FIELD_NAME: question.FIELD_NAME,
      MESSAGE_FIELD_NAME: `bx_vote_event[${poll.attachId}][MESSAGE][${poll.questionId}][${poll.answerIds[1]}]`,
      '~PERCENT': 0,
      PERCENT: 0,
    });
  });

  it('documented example by attachId (OAuth), attachId as a numeric string', async () => {
    const res = await callRest(emu, 'vote.AttachedVote.get', { attachId: String(poll.attachId) }, asUser(2));
    expect(res.status).toBe(200);
    expect(res.body.result.attach).toMatchObject({ ID: poll.attachId, canEdit: false, canVote: true });
  });

  it.each(['im', 'Im', 'IM'])('documented example by entity, moduleId %s', async (moduleId) => {
    const params = { moduleId, entityType: IM_ENTITY_TYPE, entityId: poll.messageId };
    const res = await callRest(emu, 'vote.AttachedVote.get', params, asUser(4));
    expect(res.status).toBe(200);
    expect(res.body.result.attach.ID).toBe(poll.attachId);
  });

  it('addresses by signedAttachId, and a forged signature addresses nothing', async () => {
    const { signedAttachId } = (await callRest(emu, 'vote.AttachedVote.get', { attachId: poll.attachId }))
      .body.result.attach;
    const ok = await callRest(emu, 'vote.AttachedVote.get', { signedAttachId }, asUser(5));
    expect(ok.body.result.attach.ID).toBe(poll.attachId);
    const forged = `${poll.attachId}.${'0'.repeat(64)}`;
    const bad = await callRest(emu, 'vote.AttachedVote.get', { signedAttachId: forged }, asUser(5));
    expect([bad.status, bad.body]).toEqual([400, notFound]);
  });

  it('precedence: attachId, then signedAttachId, then the entity triple', async () => {
    const other = await createPoll(emu);
    const signedOther = (await callRest(emu, 'vote.AttachedVote.get', { attachId: other.attachId })).body
      .result.attach.signedAttachId;
    const entity = { moduleId: 'im', entityType: IM_ENTITY_TYPE, entityId: other.messageId };
    const byAttach = await callRest(emu, 'vote.AttachedVote.get', {
      attachId: poll.attachId,
      signedAttachId: signedOther,
      ...entity,
    });
    expect(byAttach.body.result.attach.ID).toBe(poll.attachId);
    const bySigned = await callRest(emu, 'vote.AttachedVote.get', {
      signedAttachId: signedOther,
      ...entity,
      entityId: poll.messageId,
    });
    expect(bySigned.body.result.attach.ID).toBe(other.attachId);
    const unknownAttach = await callRest(emu, 'vote.AttachedVote.get', { attachId: 999, ...entity });
    expect(unknownAttach.body).toEqual(notFound);
  });

  it('ATTACH_NOT_FOUND for unknown ids, wrong module or a double-escaped entityType', async () => {
    for (const params of [
      { attachId: 999 },
      {},
      { moduleId: 'blog', entityType: IM_ENTITY_TYPE, entityId: poll.messageId },
      {
        moduleId: 'im',
        entityType: 'Bitrix\\\\Vote\\\\Attachment\\\\ImMessageConnector',
        entityId: poll.messageId,
      },
      { moduleId: 'im', entityType: IM_ENTITY_TYPE, entityId: 999 },
    ]) {
      const res = await callRest(emu, 'vote.AttachedVote.get', params, asUser(1));
      expect([res.status, res.body]).toEqual([400, notFound]);
    }
  });

  it('403 ATTACH_READ_ACCESS_DENIED for a user outside the poll chat', async () => {
    const chat2Poll = await createPoll(emu, { chatId: 2 });
    const res = await callRest(emu, 'vote.AttachedVote.get', { attachId: chat2Poll.attachId }, asUser(3));
    expect([res.status, res.body]).toEqual([403, denied]);
  });

  it('canEdit: the author and the portal admin, nobody else', async () => {
    const byBoris = await createPoll(emu, { as: asUser(2) });
    const edit = async (userId: number) =>
      (await callRest(emu, 'vote.AttachedVote.get', { attachId: byBoris.attachId }, asUser(userId))).body
        .result.attach.canEdit;
    expect([await edit(1), await edit(2), await edit(3)]).toEqual([true, true, false]);
  });

  it('works as a batch command with string parameters', async () => {
    const res = await callRest(emu, 'batch', {
      cmd: {
        one: `vote.AttachedVote.get?attachId=${poll.attachId}`,
        two: `vote.AttachedVote.get?moduleId=im&entityType=${encodeURIComponent(IM_ENTITY_TYPE)}&entityId=${poll.messageId}`,
        bad: 'vote.AttachedVote.get?attachId=999',
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.result.result.one.attach.ID).toBe(poll.attachId);
    expect(res.body.result.result.two.attach.ID).toBe(poll.attachId);
    expect(res.body.result.result_error.bad).toEqual(notFound);
  });
});

describe('vote.AttachedVote.getMany', () => {
  it('documented example (entityIds array): bare Attach items in request order', async () => {
    const polls = [await createPoll(emu), await createPoll(emu), await createPoll(emu)];
    const entityIds = [polls[2]!.messageId, polls[0]!.messageId, polls[1]!.messageId];
    for (const as of [{ webhook: true as const }, asUser(1)]) {
      const res = await callRest(
        emu,
        'vote.AttachedVote.getMany',
        { moduleId: 'im', entityType: IM_ENTITY_TYPE, entityIds },
        as,
      );
      expect(res.status).toBe(200);
      expect(res.body.result.items.map((item: any) => item.entityId)).toEqual(entityIds);
      expect(res.body.result.items[0]).toHaveProperty('QUESTIONS');
      expect(res.body.result.items[0]).not.toHaveProperty('attach');
    }
  });

  it('accepts entityId as a number or an array (docs/bitrix24-contract.md §10 #3)', async () => {
    const poll = await createPoll(emu);
    const base = { moduleId: 'im', entityType: IM_ENTITY_TYPE };
    const single = await callRest(emu, 'vote.AttachedVote.getMany', { ...base, entityId: poll.messageId });
    const list = await callRest(emu, 'vote.AttachedVote.getMany', {
      ...base,
      entityId: [String(poll.messageId)],
    });
    expect(single.body.result.items.map((i: any) => i.ID)).toEqual([poll.attachId]);
    expect(list.body.result.items.map((i: any) => i.ID)).toEqual([poll.attachId]);
  });

  it('errors carry the empty error code', async () => {
    const poll = await createPoll(emu);
    const chat2Poll = await createPoll(emu, { chatId: 2 });
    const base = { moduleId: 'im', entityType: IM_ENTITY_TYPE };
    const tooMany = await callRest(emu, 'vote.AttachedVote.getMany', {
      ...base,
      entityIds: Array.from({ length: 51 }, (_, i) => i + 1),
    });
    expect([tooMany.status, tooMany.body]).toEqual([
      400,
      { error: '', error_description: 'Too many entity ids' },
    ]);
    const missing = await callRest(emu, 'vote.AttachedVote.getMany', {
      ...base,
      entityIds: [poll.messageId, 4242],
    });
    expect([missing.status, missing.body]).toEqual([
      400,
      { error: '', error_description: 'Attach with entityId 4242 not found' },
    ]);
    const unreadable = await callRest(
      emu,
      'vote.AttachedVote.getMany',
      { ...base, entityIds: [poll.messageId, chat2Poll.messageId] },
      asUser(3),
    );
    expect([unreadable.status, unreadable.body]).toEqual([
      400,
      { error: '', error_description: `Attach with entityId ${chat2Poll.messageId} read access denied` },
    ]);
  });
});

describe('vote.AttachedVote.getWithVoted / getAnswerVoted', () => {
  async function votedPoll(anonymity: 0 | 1) {
    const poll = await createPoll(emu, { anonymity });
    const [first, second] = poll.answerIds;
    for (const [userId, answer] of [
      [2, second],
      [3, second],
      [4, first],
    ] as const) {
      await callRest(
        emu,
        'vote.AttachedVote.vote',
        { attachId: poll.attachId, ballot: { [poll.questionId]: [answer] } },
        asUser(userId),
      );
    }
    return poll;
  }

  it('documented example: voters grouped by answer id, absolute IMAGE urls', async () => {
    const poll = await votedPoll(0);
    const res = await callRest(
      emu,
      'vote.AttachedVote.getWithVoted',
      { attachId: poll.attachId, pageSize: 10, userForMobileFormat: false },
      { webhook: true },
    );
    expect(res.status).toBe(200);
    const { voted, attach } = res.body.result;
    expect(attach.COUNTER).toBe(3);
    expect(Object.keys(voted).sort()).toEqual([poll.answerIds[0], poll.answerIds[1]].sort());
    expect(voted[poll.answerIds[1]!]).toEqual([
      {
        ID: 2,
        NAME: 'Boris Petrov',
        IMAGE: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\//),
        WORK_POSITION: 'Sales manager',
      },
      expect.objectContaining({ ID: 3 }),
    ]);
    const paged = await callRest(
      emu,
      'vote.AttachedVote.getWithVoted',
      { attachId: poll.attachId, pageSize: '1' },
      asUser(5),
    );
    expect(paged.body.result.voted[poll.answerIds[1]!]).toHaveLength(1);
  });

  it('voted is [] with no voters and for anonymous polls', async () => {
    const fresh = await createPoll(emu);
    const none = await callRest(emu, 'vote.AttachedVote.getWithVoted', { attachId: fresh.attachId });
    expect(none.body.result.voted).toEqual([]);
    const anonymous = await votedPoll(1);
    const hidden = await callRest(emu, 'vote.AttachedVote.getWithVoted', { attachId: anonymous.attachId });
    expect(hidden.body.result.voted).toEqual([]);
    expect(hidden.body.result.attach.COUNTER).toBe(3);
  });

  it('documented getAnswerVoted example: {pageSize, currentPage} paging and a top-level total', async () => {
    const poll = await votedPoll(0);
    const answerId = Number(poll.answerIds[1]);
    const page = (pageNavigation: Record<string, unknown>) =>
      callRest(
        emu,
        'vote.AttachedVote.getAnswerVoted',
        { attachId: poll.attachId, answerId, pageNavigation, userForMobileFormat: false },
        asUser(1),
      );
    const first = await page({ pageSize: 1, currentPage: 1 });
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(2);
    expect(first.body.result.items).toEqual([expect.objectContaining({ ID: 2, NAME: 'Boris Petrov' })]);
    const second = await page({ size: 1, page: 2 });
    expect(second.body.result.items).toEqual([expect.objectContaining({ ID: 3 })]);
    expect(second.body).not.toHaveProperty('next');
    const all = await page({});
    expect(all.body.result.items).toHaveLength(2);
  });

  it('getAnswerVoted: unknown answer and anonymous poll → items [] and total 0', async () => {
    const poll = await votedPoll(0);
    const unknown = await callRest(emu, 'vote.AttachedVote.getAnswerVoted', {
      attachId: poll.attachId,
      answerId: 4242,
    });
    expect([unknown.status, unknown.body.result, unknown.body.total]).toEqual([200, { items: [] }, 0]);
    const anonymous = await votedPoll(1);
    const hidden = await callRest(emu, 'vote.AttachedVote.getAnswerVoted', {
      attachId: anonymous.attachId,
      answerId: Number(anonymous.answerIds[1]),
    });
    expect([hidden.body.result, hidden.body.total]).toEqual([{ items: [] }, 0]);
  });

  it('both methods answer ATTACH_NOT_FOUND and ATTACH_READ_ACCESS_DENIED', async () => {
    const chat2Poll = await createPoll(emu, { chatId: 2 });
    for (const method of ['vote.AttachedVote.getWithVoted', 'vote.AttachedVote.getAnswerVoted']) {
      const missing = await callRest(emu, method, { attachId: 999, answerId: 1 });
      expect([missing.status, missing.body]).toEqual([400, notFound]);
      const outsider = await callRest(emu, method, { attachId: chat2Poll.attachId, answerId: 1 }, asUser(4));
      expect([outsider.status, outsider.body]).toEqual([403, denied]);
    }
  });
});

describe('vote.AttachedVote.download', () => {
  it('documented examples: a binary report, not JSON (webhook, OAuth and a GET query)', async () => {
    const poll = await createPoll(emu);
    await callRest(
      emu,
      'vote.AttachedVote.vote',
      { attachId: poll.attachId, ballot: { [poll.questionId]: [poll.answerIds[0]] } },
      asUser(2),
    );
    const viaWebhook = await callRest(
      emu,
      'vote.AttachedVote.download',
      { attachId: poll.attachId },
      { webhook: true },
    );
    const viaOAuth = await callRest(
      emu,
      'vote.AttachedVote.download',
      { attachId: poll.attachId },
      asUser(3),
    );
    const viaGet = await request(
      emu,
      `/rest/vote.AttachedVote.download?auth=dev-token-4&attachId=${poll.attachId}`,
    );
    for (const res of [viaWebhook, viaOAuth, viaGet]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/vnd.ms-excel');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment/);
      expect(res.text.split('\r\n')[0]).toBe('Question\tAnswer\tVotes\tPercent\tVoters');
      expect(res.text).toContain('How are you?\tGreat!\t1\t100\tBoris Petrov');
    }
  });

  it('errors are JSON, and the method is refused inside batch', async () => {
    const chat2Poll = await createPoll(emu, { chatId: 2 });
    const missing = await callRest(emu, 'vote.AttachedVote.download', { attachId: 999 });
    expect([missing.status, missing.body]).toEqual([400, notFound]);
    const outsider = await callRest(
      emu,
      'vote.AttachedVote.download',
      { attachId: chat2Poll.attachId },
      asUser(5),
    );
    expect([outsider.status, outsider.body]).toEqual([403, denied]);
    const batched = await callRest(emu, 'batch', {
      cmd: { file: `vote.AttachedVote.download?attachId=${chat2Poll.attachId}` },
    });
    expect(batched.body.result.result_error.file.error).toBe('ERROR_BATCH_METHOD_NOT_ALLOWED');
  });
});

describe('attachId vs voteId switch (docs/bitrix24-contract.md §10 #1)', () => {
  it('with attachIdDiffersFromVoteId the ids differ and only the attach id addresses the poll', async () => {
    const other = await startEmulator({
      port: 0,
      limits: { enabled: false },
      attachIdDiffersFromVoteId: true,
    });
    try {
      const poll = await createPoll(other);
      expect(poll.attachId).not.toBe(poll.voteId);
      const byVoteId = await callRest(other, 'vote.AttachedVote.get', { attachId: poll.voteId });
      expect([byVoteId.status, byVoteId.body]).toEqual([400, notFound]);
      const byAttachId = await callRest(other, 'vote.AttachedVote.get', { attachId: poll.attachId });
      expect(byAttachId.body.result.attach).toMatchObject({ ID: poll.attachId, VOTE_ID: poll.voteId });
    } finally {
      await other.close();
    }
  });
});
