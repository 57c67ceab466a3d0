import { decodeChatPollsCursor, encodeChatPollsCursor } from '../../../src/polls/chat-polls.cursor.js';
import { checkChatPollsArguments } from '../../../src/polls/chat-polls.resolver.js';

describe('Chat.polls cursors and arguments', () => {
  it('round-trips a message id', () => {
    expect(decodeChatPollsCursor(encodeChatPollsCursor(4711))).toBe(4711);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'a+b/c='],
    ['another prefix', Buffer.from('rc:5').toString('base64url')],
    ['zero', Buffer.from('cp:0').toString('base64url')],
    ['negative', Buffer.from('cp:-5').toString('base64url')],
    ['leading zero', Buffer.from('cp:05').toString('base64url')],
    ['beyond a safe integer', Buffer.from('cp:9999999999999999').toString('base64url')],
    ['trailing text', Buffer.from('cp:5 ').toString('base64url')],
  ])('refuses %s', (_name, value) => {
    expect(decodeChatPollsCursor(value)).toBeNull();
  });

  it('checks first and after, with the default page size', () => {
    expect(checkChatPollsArguments({})).toEqual({ first: 20, before: null });
    expect(checkChatPollsArguments({ first: 50, after: encodeChatPollsCursor(9) })).toEqual({
      first: 50,
      before: 9,
    });
    expect(() => checkChatPollsArguments({ first: 0 })).toThrow(/first must be between 1 and 50/);
    expect(() => checkChatPollsArguments({ first: 51 })).toThrow(/first must be between 1 and 50/);
    expect(() => checkChatPollsArguments({ after: 'nope' })).toThrow(/not a cursor of Chat.polls/);
  });
});
