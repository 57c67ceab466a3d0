import 'reflect-metadata';
import { checkMessage, toOutgoing } from '../../../src/connector/connector-validation.js';
import type { ConnectorMessageInput } from '../../../src/connector/connector.inputs.js';

const base = (): ConnectorMessageInput => ({
  externalMessageId: 'm1',
  user: { id: 'u1', name: 'Zoë', lastName: "D'Arcy-Smith" },
  chat: { id: 'c1' },
  text: 'hi',
});

describe('connector message rules', () => {
  it('accepts letters of any script, spaces, hyphens and apostrophes', () => {
    expect(checkMessage(base(), 0)).toBeNull();
    expect(checkMessage({ ...base(), user: { id: 'u', name: 'Анна Мария' } }, 0)).toBeNull();
  });

  it.each([
    [{ user: { id: 'u', name: 'x'.repeat(26) } }, 'input.messages.3.user.name', 'maxLength'],
    [{ user: { id: 'u', lastName: 'Bond 007' } }, 'input.messages.3.user.lastName', 'pattern'],
    [{ text: null, files: [] }, 'input.messages.3.text', 'required'],
    [{ chat: { id: ' ' } }, 'input.messages.3.chat.id', 'required'],
  ])('refuses %j', (patch, field, constraint) => {
    expect(checkMessage({ ...base(), ...patch } as ConnectorMessageInput, 3)).toMatchObject({
      field,
      constraint,
    });
  });

  it('files alone are enough', () => {
    expect(checkMessage({ ...base(), text: null, files: [{ url: 'https://f.test/a.png' }] }, 0)).toBeNull();
  });

  it('maps to the model, carrying the external id as message.id', () => {
    expect(toOutgoing(base())).toEqual({
      user: { id: 'u1', name: 'Zoë', lastName: "D'Arcy-Smith" },
      message: { id: 'm1', text: 'hi' },
      chat: { id: 'c1' },
    });
  });
});
