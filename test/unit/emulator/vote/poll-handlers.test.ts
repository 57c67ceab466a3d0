import { EmulatorError } from '../../../../src/emulators/bitrix24/core/emulator-error.js';
import {
  signAttachId,
  verifySignedAttachId,
} from '../../../../src/emulators/bitrix24/vote/poll-signature.js';
import { call, freshState, pollData, result } from './vote-fixture.js';

/** The EmulatorError a handler throws (synchronously or from a promise). */
async function thrown(fn: () => unknown): Promise<EmulatorError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof EmulatorError) return error;
    throw error;
  }
  throw new Error('expected an EmulatorError');
}

describe('signedAttachId', () => {
  it('verifies its own signatures and rejects tampered ones', () => {
    const state = freshState();
    const signed = signAttachId(state, 7);
    expect(signed).toMatch(/^7\.[0-9a-f]{64}$/);
    expect(verifySignedAttachId(state, signed)).toBe(7);
    expect(verifySignedAttachId(state, signed.replace(/^7\./, '8.'))).toBeUndefined();
    const flipped = signed.slice(0, -1) + (signed.endsWith('0') ? '1' : '0');
    expect(verifySignedAttachId(state, flipped)).toBeUndefined();
    expect(verifySignedAttachId(freshState(), signed)).toBeUndefined();
  });
});

describe('poll creation', () => {
  it('allocates ids like the docs: attach = vote, answers 1, 3, 5, non-contiguous across polls', async () => {
    const state = freshState();
    const first = await result(state, 1, 'vote.Integration.Im.send', {
      chatId: 1,
      IM_MESSAGE_VOTE_DATA: pollData(),
    });
    const attach = (await result(state, 1, 'vote.AttachedVote.get', { attachId: first.voteId })).attach;
    expect(attach.ID).toBe(first.voteId);
    expect(Object.keys(attach.QUESTIONS['1'].ANSWERS)).toEqual(['1', '3', '5']);
    const second = await result(state, 1, 'vote.Integration.Im.send', {
      chatId: 1,
      IM_MESSAGE_VOTE_DATA: pollData(['a', 'b']),
    });
    const attach2 = (await result(state, 1, 'vote.AttachedVote.get', { attachId: second.voteId })).attach;
    expect(Object.keys(Object.values<any>(attach2.QUESTIONS)[0].ANSWERS)).toEqual(['7', '9']);
  });

  it('uses a separate attach id range when the switch is on', async () => {
    const state = freshState();
    state.attachIdDiffersFromVoteId = true;
    const sent = await result(state, 1, 'vote.Integration.Im.send', {
      chatId: 1,
      IM_MESSAGE_VOTE_DATA: pollData(),
    });
    const attach = (
      await result(state, 1, 'vote.AttachedVote.get', {
        moduleId: 'im',
        entityType: 'Bitrix\\Vote\\Attachment\\ImMessageConnector',
        entityId: sent.messageId,
      })
    ).attach;
    expect(attach.VOTE_ID).toBe(sent.voteId);
    expect(attach.ID).not.toBe(sent.voteId);
    const byVoteId = await thrown(() => call(state, 1, 'vote.AttachedVote.get', { attachId: sent.voteId }));
    expect(byVoteId.code).toBe('ATTACH_NOT_FOUND');
  });

  it('rejects FIELD_TYPE values other than 0/1 with the save-failure error', async () => {
    const state = freshState();
    const data = pollData();
    (data.QUESTIONS[0] as Record<string, unknown>).FIELD_TYPE = 5;
    const error = await thrown(() =>
      call(state, 1, 'vote.Integration.Im.send', { chatId: 1, IM_MESSAGE_VOTE_DATA: data }),
    );
    expect([error.status, error.code, error.description]).toEqual([
      400,
      '400',
      'Failed to save survey data. Please try again',
    ]);
  });
});

describe('ballots', () => {
  it('computes counters, percentages and marks touched counters as numbers', async () => {
    const state = freshState();
    const { voteId } = await result(state, 1, 'vote.Integration.Im.send', {
      chatId: 1,
      IM_MESSAGE_VOTE_DATA: pollData(['a', 'b', 'c'], { OPTIONS: 1 }),
    });
    await result(state, 2, 'vote.AttachedVote.vote', { attachId: voteId, ballot: { 1: [1] } });
    await result(state, 3, 'vote.AttachedVote.vote', { attachId: String(voteId), ballot: { '1': ['1'] } });
    const afterVote = (
      await result(state, 4, 'vote.AttachedVote.vote', { attachId: voteId, ballot: { '1': '3' } })
    ).attach;
    const answers = afterVote.QUESTIONS['1'].ANSWERS;
    expect(afterVote.COUNTER).toBe(3);
    expect(afterVote.QUESTIONS['1'].COUNTER).toBe(3);
    expect(answers['3'].COUNTER).toBe(1);
    expect(answers['1'].COUNTER).toBe('2');
    expect(answers['5'].COUNTER).toBe('0');
    expect(answers['1'].PERCENT).toBe(67);
    expect(answers['3']['~PERCENT']).toBe(33);
    // A revote touches both the old and the new answer.
    const revote = (
      await result(state, 4, 'vote.AttachedVote.vote', { attachId: voteId, ballot: { '1': ['5'] } })
    ).attach;
    expect(revote.QUESTIONS['1'].ANSWERS['3'].COUNTER).toBe(0);
    expect(revote.QUESTIONS['1'].ANSWERS['5'].COUNTER).toBe(1);
    expect(revote.QUESTIONS['1'].ANSWERS['1'].COUNTER).toBe('2');
  });

  it.each([
    ['an empty ballot', {}],
    ['an unknown question', { 99: [1] }],
    ['an unknown answer', { 1: [2] }],
    ['two answers on a radio question', { 1: [1, 3] }],
    ['an empty answer list', { 1: [] }],
  ])('refuses %s', async (_label, ballot) => {
    const state = freshState();
    const { voteId } = await result(state, 1, 'vote.Integration.Im.send', {
      chatId: 1,
      IM_MESSAGE_VOTE_DATA: pollData(),
    });
    const error = await thrown(() => call(state, 2, 'vote.AttachedVote.vote', { attachId: voteId, ballot }));
    expect([error.status, error.code, error.description]).toEqual([400, '400', 'Failed to save the voting']);
  });

  it('lists voters in voting order and pages them', async () => {
    const state = freshState();
    const { voteId } = await result(state, 1, 'vote.Integration.Im.send', {
      chatId: 1,
      IM_MESSAGE_VOTE_DATA: pollData(),
    });
    for (const userId of [4, 2, 5]) {
      await result(state, userId, 'vote.AttachedVote.vote', { attachId: voteId, ballot: { 1: [1] } });
    }
    const outcome = await call(state, 1, 'vote.AttachedVote.getAnswerVoted', {
      attachId: voteId,
      answerId: 1,
      pageNavigation: { size: '2', page: '2' },
    });
    expect(outcome).toEqual({ result: { items: [expect.objectContaining({ ID: 5 })] }, total: 3 });
    const withVoted = await result(state, 1, 'vote.AttachedVote.getWithVoted', {
      attachId: voteId,
      pageSize: 2,
    });
    expect(withVoted.voted['1'].map((u: { ID: number }) => u.ID)).toEqual([4, 2]);
  });
});
