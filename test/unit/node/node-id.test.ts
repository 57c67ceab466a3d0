import 'reflect-metadata';
import { chatGlobalId } from '../../../src/chats/chat.types.js';
import { botGlobalId } from '../../../src/bot-messages/bot.types.js';
import { FacadeGraphQLError } from '../../../src/graphql-errors/facade-errors.js';
import { decodeNodeId, INVALID_NODE_ID, parseNodeId } from '../../../src/graphql/global-id.js';
import { answerGlobalId, pollGlobalId, questionGlobalId } from '../../../src/polls/poll-id.js';
import { userGlobalId } from '../../../src/users/user-id.js';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('node ids', () => {
  it('decodes every id the features mint', () => {
    expect(parseNodeId(pollGlobalId(17))).toEqual({ type: 'Poll', attachId: 17 });
    expect(parseNodeId(questionGlobalId(17, 3))).toEqual({ type: 'Question', attachId: 17, questionId: 3 });
    expect(parseNodeId(answerGlobalId(17, 5))).toEqual({ type: 'Answer', attachId: 17, answerId: 5 });
    expect(parseNodeId(userGlobalId(2))).toEqual({ type: 'User', userId: 2 });
    expect(parseNodeId(chatGlobalId(90))).toEqual({ type: 'Chat', chatId: 90 });
    expect(parseNodeId(botGlobalId('Bot', 41))).toEqual({ type: 'Bot', botId: 41 });
    expect(parseNodeId(botGlobalId('BotMessage', 7))).toEqual({ type: 'BotMessage', messageId: 7 });
    expect(parseNodeId(b64('b24:RecentChat:chat5'))).toEqual({ type: 'RecentChat', dialogId: 'chat5' });
    expect(parseNodeId(b64('b24:RecentChat:12'))).toEqual({ type: 'RecentChat', dialogId: '12' });
  });

  it.each([
    ['empty', ''],
    ['not base64', 'not an id!'],
    ['bare number', '17'],
    ['non-canonical base64 (trailing garbage)', `${pollGlobalId(17)}x`],
    ['another backend', b64('tg:Poll:17')],
    ['unknown type', b64('b24:Message:17')],
    ['no key', b64('b24:Poll')],
    ['empty key', b64('b24:Poll:')],
    ['zero', b64('b24:Poll:0')],
    ['negative', b64('b24:Poll:-3')],
    ['leading zero', b64('b24:Chat:07')],
    ['not an integer', b64('b24:Chat:1.5')],
    ['over 32 bits', b64('b24:Chat:99999999999')],
    ['extra part', b64('b24:Poll:17:1')],
    ['question without its part', b64('b24:Question:17')],
    ['bad dialog id', b64('b24:RecentChat:chat')],
    ['upper-case dialog id', b64('b24:RecentChat:CHAT5')],
    ['wrong case backend', b64('B24:Poll:17')],
  ])('refuses %s', (_label, id) => {
    expect(parseNodeId(id)).toBeNull();
  });

  it('decodeNodeId throws BAD_USER_INPUT naming the argument', () => {
    expect(decodeNodeId(pollGlobalId(3))).toEqual({ type: 'Poll', attachId: 3 });
    let thrown: unknown;
    try {
      decodeNodeId('garbage', 'ids.4');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FacadeGraphQLError);
    const error = thrown as FacadeGraphQLError;
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: INVALID_NODE_ID,
      details: { argument: 'ids.4' },
    });
    expect(error.message).toContain('ids.4');
  });
});
