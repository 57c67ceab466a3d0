import type { PortalCredential } from '../../../src/backends/bitrix24/credential.js';
import type { PortalCaller, PortalResponse } from '../../../src/backends/bitrix24/portal-caller.js';
import {
  IM_ENTITY_TYPE,
  castBallot,
  getAnswerVoters,
  getPollsByMessageIds,
  pollRefParams,
  sendPoll,
} from '../../../src/backends/bitrix24/polls/poll.portal.js';
import { fixture } from '../portal/fixtures.js';

const cred: PortalCredential = {
  kind: 'oauth',
  portalUrl: 'https://portal.example.com',
  accessToken: 'tok-123456',
};

/** Records every call and answers with the given envelope (unit level: the HTTP path is in integration). */
function recordingCaller(
  answer: (method: string, params: Record<string, unknown>) => PortalResponse<unknown>,
) {
  const calls: { method: string; params: Record<string, unknown>; options?: unknown }[] = [];
  const caller: PortalCaller = {
    async call<T>(method: string, params: Record<string, unknown>, _c: PortalCredential, options?: unknown) {
      calls.push({ method, params, options });
      return answer(method, params) as PortalResponse<T>;
    },
    async download() {
      throw new Error('not used');
    },
  };
  return { caller, calls };
}

describe('poll wrappers: request shapes', () => {
  it('addresses chat polls by entity with single backslashes, and other refs by one form', () => {
    expect(IM_ENTITY_TYPE).toBe('Bitrix\\Vote\\Attachment\\ImMessageConnector');
    expect(pollRefParams({ messageId: 13 })).toEqual({
      moduleId: 'im',
      entityType: IM_ENTITY_TYPE,
      entityId: 13,
    });
    expect(pollRefParams({ attachId: 1 })).toEqual({ attachId: 1 });
    expect(pollRefParams({ signedAttachId: '1.ab' })).toEqual({ signedAttachId: '1.ab' });
  });

  it('sendPoll builds IM_MESSAGE_VOTE_DATA and passes templateId as the idempotency key', async () => {
    const { caller, calls } = recordingCaller(() => fixture('vote.integration.im.send.success'));
    const result = await sendPoll(caller, cred, {
      chatId: 5,
      question: 'Q?',
      answers: ['a', 'b'],
      multipleChoice: true,
      anonymous: false,
      revoteAllowed: true,
      templateId: 'tpl-1',
    });
    expect(result).toEqual(fixture('vote.integration.im.send.success').result);
    expect(calls[0]).toEqual({
      method: 'vote.Integration.Im.send',
      params: {
        chatId: 5,
        IM_MESSAGE_VOTE_DATA: {
          QUESTIONS: [{ QUESTION: 'Q?', FIELD_TYPE: 1, ANSWERS: [{ MESSAGE: 'a' }, { MESSAGE: 'b' }] }],
          ANONYMITY: 0,
          OPTIONS: 1,
        },
        templateId: 'tpl-1',
      },
      options: { idempotencyKey: 'tpl-1' },
    });
  });

  it('castBallot sends ids as strings', async () => {
    const { caller, calls } = recordingCaller(() => fixture('vote.attachedvote.vote.success'));
    const poll = await castBallot(caller, cred, { messageId: 13 }, { 1: [1] });
    expect(calls[0]!.params.ballot).toEqual({ '1': ['1'] });
    expect(poll.viewer.hasVoted).toBe(true);
  });

  it('getPollsByMessageIds maps back by entityId, refuses > 50 ids, skips the call for none', async () => {
    const { caller, calls } = recordingCaller(() => fixture('vote.attachedvote.getMany.success'));
    const polls = await getPollsByMessageIds(caller, cred, [13, 13]);
    expect(calls[0]!.params.entityIds).toEqual([13]);
    expect(polls.get(13)?.attachId).toBe(1);
    expect((await getPollsByMessageIds(caller, cred, [])).size).toBe(0);
    expect(calls).toHaveLength(1);
    await expect(
      getPollsByMessageIds(
        caller,
        cred,
        Array.from({ length: 51 }, (_, i) => i + 1),
      ),
    ).rejects.toThrow(RangeError);
  });

  it('getAnswerVoters sends {pageSize, currentPage} and reads the top-level total', async () => {
    const { caller, calls } = recordingCaller(() => fixture('vote.attachedvote.getAnswerVoted.success'));
    const page = await getAnswerVoters(caller, cred, { attachId: 1 }, 3, { pageSize: 5, currentPage: 2 });
    expect(calls[0]!.params).toEqual({
      attachId: 1,
      answerId: 3,
      pageNavigation: { pageSize: 5, currentPage: 2 },
    });
    expect(page.total).toBe(1);
    expect(page.items[0]!.name).toBe('Alex');
  });
});
