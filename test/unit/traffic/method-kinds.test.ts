import { isBatchable, methodKind } from '../../../src/backends/bitrix24/traffic/method-kinds.js';

describe('method kinds', () => {
  it.each([
    ['vote.AttachedVote.get', 'read'],
    ['vote.AttachedVote.getMany', 'read'],
    ['im.recent.list', 'read'],
    ['imconnector.status', 'read'],
    ['imbot.v2.Event.get', 'read'],
    ['user.current', 'read'],
    ['profile', 'read'],
    ['app.info', 'read'],
    ['vote.Integration.Im.send', 'creation'],
    ['imbot.v2.Chat.Message.send', 'creation'],
    ['imconnector.send.messages', 'creation'],
    ['imbot.v2.Bot.register', 'idempotent'],
    ['vote.AttachedVote.stop', 'idempotent'],
    ['vote.AttachedVote.vote', 'ballot'],
    ['VOTE.ATTACHEDVOTE.VOTE', 'ballot'],
    ['imbot.v2.Chat.Message.delete', 'unsafe'],
    ['imbot.v2.Chat.Message.Reaction.add', 'unsafe'],
    ['im.chat.user.add', 'unsafe'],
  ])('%s is %s', (method, kind) => {
    expect(methodKind(method)).toBe(kind);
  });

  it('download and batch itself never go inside a batch', () => {
    expect(isBatchable('vote.AttachedVote.download')).toBe(false);
    expect(isBatchable('batch')).toBe(false);
    expect(isBatchable('vote.AttachedVote.get')).toBe(true);
    expect(isBatchable('imbot.v2.Chat.Message.send')).toBe(true);
  });
});
