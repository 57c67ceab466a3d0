/**
 * vote / recall / stop / resume over HTTP (docs/bitrix24-contract.md §6.6–docs/bitrix24-contract.md §6.9) with several users: user 1
 * creates, users 2..5 vote with their own tokens and each sees its own state.
 */
import { callRest, request, startEmulator, type RunningEmulator } from '../../support/emulator.js';
import { answersOf, asUser, createPoll, IM_ENTITY_TYPE, type CreatedPoll } from './vote-helpers.js';

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, limits: { enabled: false } });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const failed = { error: '400', error_description: 'Failed to save the voting' };
const inactive = { error: '403', error_description: 'The poll is inactive.' };
const denied = {
  error: 'ATTACH_READ_ACCESS_DENIED',
  error_description: 'No permission to participate in the vote',
};
const notFound = { error: 'ATTACH_NOT_FOUND', error_description: 'Attach not found' };

function vote(poll: CreatedPoll, userId: number, answers: unknown[], extra: Record<string, unknown> = {}) {
  return callRest(
    emu,
    'vote.AttachedVote.vote',
    { attachId: poll.attachId, ballot: { [poll.questionId]: answers }, ...extra },
    asUser(userId),
  );
}

const getAs = async (poll: CreatedPoll, userId: number) =>
  (await callRest(emu, 'vote.AttachedVote.get', { attachId: poll.attachId }, asUser(userId))).body.result
    .attach;

describe('vote.AttachedVote.vote', () => {
  it('each user votes with their own token and sees their own state', async () => {
    const poll = await createPoll(emu);
    const [a, b] = poll.answerIds;
    const res = await vote(poll, 2, [a]);
    expect(res.status).toBe(200);
    const attach = res.body.result.attach;
    expect(attach).toMatchObject({ COUNTER: 1, isVoted: true, canVote: false, canRevote: false });
    expect(attach.userAnswerMap).toEqual({
      [poll.questionId]: {
        [a!]: {
          EVENT_ID: expect.any(String),
          EVENT_QUESTION_ID: expect.any(String),
          ANSWER_ID: a,
          ID: expect.any(String),
          MESSAGE: '',
        },
      },
    });
    // docs/bitrix24-contract.md §10 #6: the counters this vote changed are numbers, the others stay strings.
    expect(attach.QUESTIONS[poll.questionId].COUNTER).toBe(1);
    expect(answersOf(attach)[a!].COUNTER).toBe(1);
    expect(answersOf(attach)[b!].COUNTER).toBe('0');
    expect(answersOf(attach)[a!].PERCENT).toBe(100);

    await vote(poll, 3, [b]);
    await vote(poll, 4, [b]);
    const seenBy3 = await getAs(poll, 3);
    expect(seenBy3).toMatchObject({ COUNTER: 3, isVoted: true, canVote: false });
    expect(Object.keys(seenBy3.userAnswerMap[poll.questionId])).toEqual([b]);
    expect(answersOf(seenBy3)[b!]).toMatchObject({ COUNTER: '2', PERCENT: 67 });
    expect(answersOf(seenBy3)[a!]).toMatchObject({ COUNTER: '1', PERCENT: 33 });
    const seenBy5 = await getAs(poll, 5);
    expect(seenBy5).toMatchObject({ isVoted: false, canVote: true, userAnswerMap: [] });
    const seenByAuthor = await getAs(poll, 1);
    expect(seenByAuthor).toMatchObject({ isVoted: false, canEdit: true });
  });

  it('documented ballot format with string ids, and numbers, form bodies and batch strings', async () => {
    const polls = [await createPoll(emu), await createPoll(emu), await createPoll(emu)];
    const [p1, p2, p3] = polls as [CreatedPoll, CreatedPoll, CreatedPoll];
    const strings = await vote(p1, 2, [p1.answerIds[1]]);
    expect(strings.status).toBe(200);
    const numbers = await callRest(
      emu,
      'vote.AttachedVote.vote',
      { attachId: p2.attachId, ballot: { [Number(p2.questionId)]: [Number(p2.answerIds[0])] } },
      asUser(2),
    );
    expect(numbers.body.result.attach.isVoted).toBe(true);
    const batch = await callRest(
      emu,
      'batch',
      {
        cmd: {
          v: `vote.AttachedVote.vote?attachId=${p3.attachId}&ballot[${p3.questionId}][0]=${p3.answerIds[2]}`,
        },
      },
      asUser(3),
    );
    expect(batch.body.result.result.v.attach.userAnswerMap[p3.questionId]).toHaveProperty(p3.answerIds[2]!);
    const form = new URLSearchParams({
      attachId: String(p1.attachId),
      [`ballot[${p1.questionId}][0]`]: p1.answerIds[0]!,
      auth: 'dev-token-4',
    });
    const viaForm = await request(emu, '/rest/vote.AttachedVote.vote', {
      body: form.toString(),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(viaForm.status).toBe(200);
    expect(viaForm.body.result.attach).toMatchObject({ COUNTER: 2, isVoted: true });
  });

  it('the literal documented ballot {"1":["2","3"],"2":["5"]} does not fit a one-question chat poll', async () => {
    const poll = await createPoll(emu);
    const res = await callRest(
      emu,
      'vote.AttachedVote.vote',
      { attachId: poll.attachId, ballot: { '1': ['2', '3'], '2': ['5'] } },
      asUser(2),
    );
    expect([res.status, res.body]).toEqual([400, failed]);
  });

  it('addresses the poll by entity and by signedAttachId too', async () => {
    const poll = await createPoll(emu, { options: 1 });
    const byEntity = await callRest(
      emu,
      'vote.AttachedVote.vote',
      {
        moduleId: 'im',
        entityType: IM_ENTITY_TYPE,
        entityId: poll.messageId,
        ballot: { [poll.questionId]: [poll.answerIds[0]] },
      },
      asUser(2),
    );
    expect(byEntity.body.result.attach.isVoted).toBe(true);
    const signedAttachId = byEntity.body.result.attach.signedAttachId;
    const bySigned = await callRest(
      emu,
      'vote.AttachedVote.vote',
      { signedAttachId, ballot: { [poll.questionId]: [poll.answerIds[1]] } },
      asUser(3),
    );
    expect(bySigned.body.result.attach.COUNTER).toBe(2);
  });

  it('checkboxes accept several answers; a radio question does not', async () => {
    const checkbox = await createPoll(emu, { fieldType: 1 });
    const many = await vote(checkbox, 2, [checkbox.answerIds[0], checkbox.answerIds[2]]);
    expect(many.status).toBe(200);
    expect(Object.keys(many.body.result.attach.userAnswerMap[checkbox.questionId])).toHaveLength(2);
    expect(many.body.result.attach.QUESTIONS[checkbox.questionId].COUNTER).toBe(1);
    const radio = await createPoll(emu);
    const refused = await vote(radio, 2, [radio.answerIds[0], radio.answerIds[1]]);
    expect([refused.status, refused.body]).toEqual([400, failed]);
  });

  it.each<[string, (p: CreatedPoll) => unknown]>([
    ['an empty ballot', () => ({})],
    ['an unknown question', (p) => ({ 4242: [p.answerIds[0]] })],
    ['an unknown answer', (p) => ({ [p.questionId]: ['4242'] })],
  ])('400 "Failed to save the voting" for %s', async (_label, makeBallot) => {
    const poll = await createPoll(emu);
    const res = await callRest(
      emu,
      'vote.AttachedVote.vote',
      { attachId: poll.attachId, ballot: makeBallot(poll) },
      asUser(2),
    );
    expect([res.status, res.body]).toEqual([400, failed]);
    expect((await getAs(poll, 2)).isVoted).toBe(false);
  });

  it('OPTIONS=0: a second vote is refused and the first ballot stays', async () => {
    const poll = await createPoll(emu, { options: 0 });
    await vote(poll, 2, [poll.answerIds[0]]);
    const again = await vote(poll, 2, [poll.answerIds[1]]);
    expect([again.status, again.body]).toEqual([400, failed]);
    expect(Object.keys((await getAs(poll, 2)).userAnswerMap[poll.questionId])).toEqual([poll.answerIds[0]]);
  });

  it('OPTIONS=1: a revote replaces the ballot and both touched counters become numbers', async () => {
    const poll = await createPoll(emu, { options: 1 });
    const [a, b] = poll.answerIds;
    await vote(poll, 2, [a]);
    await vote(poll, 3, [a]);
    const revote = await vote(poll, 2, [b]);
    const attach = revote.body.result.attach;
    expect(attach).toMatchObject({ COUNTER: 2, canRevote: true, isVoted: true });
    expect(Object.keys(attach.userAnswerMap[poll.questionId])).toEqual([b]);
    expect(answersOf(attach)[a!].COUNTER).toBe(1);
    expect(answersOf(attach)[b!].COUNTER).toBe(1);
    expect(answersOf(attach)[poll.answerIds[2]!].COUNTER).toBe('0');
  });

  it('a user outside the poll chat cannot vote (403) and an unknown poll is ATTACH_NOT_FOUND', async () => {
    const poll = await createPoll(emu, { chatId: 2 });
    const outsider = await vote(poll, 3, [poll.answerIds[0]]);
    expect([outsider.status, outsider.body]).toEqual([403, denied]);
    const member = await vote(poll, 2, [poll.answerIds[0]]);
    expect(member.status).toBe(200);
    const unknown = await callRest(
      emu,
      'vote.AttachedVote.vote',
      { attachId: 999, ballot: { 1: ['1'] } },
      asUser(2),
    );
    expect([unknown.status, unknown.body]).toEqual([400, notFound]);
  });
});

describe('vote.AttachedVote.recall', () => {
  it('documented example (attachId as a string): withdraws the vote, userAnswerMap []', async () => {
    const poll = await createPoll(emu, { options: 1 });
    const [a, b] = poll.answerIds;
    await vote(poll, 2, [a]);
    await vote(poll, 3, [b]);
    const res = await callRest(
      emu,
      'vote.AttachedVote.recall',
      { attachId: String(poll.attachId) },
      asUser(2),
    );
    expect(res.status).toBe(200);
    const attach = res.body.result.attach;
    expect(attach).toMatchObject({
      COUNTER: 1,
      isVoted: false,
      canVote: true,
      canRevote: true,
      userAnswerMap: [],
    });
    expect(attach.QUESTIONS[poll.questionId].COUNTER).toBe(1);
    expect(answersOf(attach)[a!].COUNTER).toBe(0);
    expect(answersOf(attach)[b!].COUNTER).toBe('1');
    // User 3 still has their vote.
    expect((await getAs(poll, 3)).isVoted).toBe(true);
  });

  it('is an idempotent success for a user who has not voted (webhook form)', async () => {
    const poll = await createPoll(emu, { options: 1 });
    const res = await callRest(
      emu,
      'vote.AttachedVote.recall',
      { attachId: poll.attachId },
      { webhook: true },
    );
    expect(res.status).toBe(200);
    expect(res.body.result.attach).toMatchObject({ isVoted: false, userAnswerMap: [], COUNTER: 0 });
    expect(answersOf(res.body.result.attach)[poll.answerIds[0]!].COUNTER).toBe('0');
  });

  it('OPTIONS=0 → 400 "Failed to save the voting"; stopped → 403 inactive; outsider → 403', async () => {
    const fixed = await createPoll(emu, { options: 0 });
    await vote(fixed, 2, [fixed.answerIds[0]]);
    const refused = await callRest(emu, 'vote.AttachedVote.recall', { attachId: fixed.attachId }, asUser(2));
    expect([refused.status, refused.body]).toEqual([400, failed]);
    const revotable = await createPoll(emu, { options: 1, chatId: 2 });
    await vote(revotable, 2, [revotable.answerIds[0]]);
    const outsider = await callRest(
      emu,
      'vote.AttachedVote.recall',
      { attachId: revotable.attachId },
      asUser(4),
    );
    expect([outsider.status, outsider.body]).toEqual([403, denied]);
    await callRest(emu, 'vote.AttachedVote.stop', { attachId: revotable.attachId }, asUser(1));
    const stopped = await callRest(
      emu,
      'vote.AttachedVote.recall',
      { attachId: revotable.attachId },
      asUser(2),
    );
    expect([stopped.status, stopped.body]).toEqual([403, inactive]);
    const missing = await callRest(emu, 'vote.AttachedVote.recall', { attachId: 999 }, asUser(2));
    expect([missing.status, missing.body]).toEqual([400, notFound]);
  });
});

describe('vote.AttachedVote.stop / resume', () => {
  it('documented examples: result [] (not true), idempotent, vote refused while stopped', async () => {
    const poll = await createPoll(emu, { as: asUser(2) });
    for (const as of [asUser(2), { webhook: true as const }]) {
      // The author (user 2) and the portal admin (user 1's webhook) both have edit rights.
      const stop = await callRest(emu, 'vote.AttachedVote.stop', { attachId: poll.attachId }, as);
      expect([stop.status, stop.body.result]).toEqual([200, []]);
    }
    const attach = await getAs(poll, 3);
    expect(attach).toMatchObject({ isFinished: true, canVote: false });
    const refused = await vote(poll, 3, [poll.answerIds[0]]);
    expect([refused.status, refused.body]).toEqual([403, inactive]);

    for (let i = 0; i < 2; i++) {
      const resume = await callRest(emu, 'vote.AttachedVote.resume', { attachId: poll.attachId }, asUser(2));
      expect([resume.status, resume.body.result]).toEqual([200, []]);
    }
    expect((await getAs(poll, 3)).isFinished).toBe(false);
    expect((await vote(poll, 3, [poll.answerIds[0]])).status).toBe(200);
  });

  it('members without edit rights and outsiders get ATTACH_READ_ACCESS_DENIED; unknown → ATTACH_NOT_FOUND', async () => {
    const poll = await createPoll(emu, { chatId: 2 });
    for (const method of ['vote.AttachedVote.stop', 'vote.AttachedVote.resume']) {
      const member = await callRest(emu, method, { attachId: poll.attachId }, asUser(2));
      expect([member.status, member.body]).toEqual([403, denied]);
      const outsider = await callRest(emu, method, { attachId: poll.attachId }, asUser(3));
      expect([outsider.status, outsider.body]).toEqual([403, denied]);
      const missing = await callRest(emu, method, { attachId: 999 }, asUser(1));
      expect([missing.status, missing.body]).toEqual([400, notFound]);
    }
    expect((await getAs(poll, 1)).isFinished).toBe(false);
  });
});
