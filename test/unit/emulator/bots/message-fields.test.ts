import { checkAvatar } from '../../../../src/emulators/bitrix24/bots/bot-avatar.js';
import {
  cutText,
  MAX_MESSAGE_LENGTH,
  normaliseAttach,
  normaliseKeyboard,
} from '../../../../src/emulators/bitrix24/bots/message-fields.js';
import { EmulatorError } from '../../../../src/emulators/bitrix24/core/emulator-error.js';

describe('imbot.v2 message text', () => {
  it('keeps text up to 20,000 chars and cuts longer text with " (...)"', () => {
    expect(cutText('x'.repeat(MAX_MESSAGE_LENGTH))).toHaveLength(MAX_MESSAGE_LENGTH);
    expect(cutText('x'.repeat(MAX_MESSAGE_LENGTH + 1))).toBe(`${'x'.repeat(MAX_MESSAGE_LENGTH)} (...)`);
  });
});

describe('imbot.v2 attach forms', () => {
  const block = { MESSAGE: 'hi' };

  it('full form object, list of full forms, short form, JSON text, PHP numeric-key map', () => {
    expect(normaliseAttach({ COLOR_TOKEN: 'alert', BLOCKS: [block] })).toEqual([
      { COLOR_TOKEN: 'alert', BLOCKS: [block] },
    ]);
    expect(normaliseAttach([{ BLOCKS: [block] }, { BLOCKS: [] }])).toEqual([
      { BLOCKS: [block] },
      { BLOCKS: [] },
    ]);
    expect(normaliseAttach([block, { DELIMITER: {} }])).toEqual([{ BLOCKS: [block, { DELIMITER: {} }] }]);
    expect(normaliseAttach(JSON.stringify([block]))).toEqual([{ BLOCKS: [block] }]);
    expect(normaliseAttach({ 0: block })).toEqual([{ BLOCKS: [block] }]);
  });

  it('empty values are no attachment; a scalar is SENDING_FAILED', () => {
    expect(normaliseAttach(undefined)).toEqual([]);
    expect(normaliseAttach([])).toEqual([]);
    expect(() => normaliseAttach(5)).toThrow(EmulatorError);
  });
});

describe('imbot.v2 keyboard forms', () => {
  const button = { TEXT: 'Go', COMMAND: 'go' };

  it('full form keeps BOT_ID; a bare array gets the sending bot id; JSON text is parsed', () => {
    expect(normaliseKeyboard({ BOT_ID: 7, BUTTONS: [button] }, 9)).toEqual({ BOT_ID: 7, BUTTONS: [button] });
    expect(normaliseKeyboard([button], 9)).toEqual({ BOT_ID: 9, BUTTONS: [button] });
    expect(normaliseKeyboard(JSON.stringify({ BUTTONS: [button] }), 9)).toEqual({
      BOT_ID: 9,
      BUTTONS: [button],
    });
  });

  it('"N", empty values and an empty button list mean no keyboard', () => {
    for (const value of ['N', '', null, undefined, [], { BUTTONS: [] }])
      expect(normaliseKeyboard(value, 1)).toBeNull();
  });
});

describe('Bot.register avatar checks', () => {
  const png = (width: number, height: number) => {
    const bytes = Buffer.alloc(24);
    bytes.writeUInt32BE(0x89504e47, 0);
    bytes.writeUInt32BE(width, 16);
    bytes.writeUInt32BE(height, 20);
    return bytes.toString('base64');
  };
  const codeOf = (fn: () => void) => {
    try {
      fn();
      return 'ok';
    } catch (error) {
      return (error as EmulatorError).code;
    }
  };

  it('accepts a small image and no avatar at all', () => {
    expect(codeOf(() => checkAvatar(png(100, 100)))).toBe('ok');
    expect(codeOf(() => checkAvatar(undefined))).toBe('ok');
  });

  it('refuses non-images, data: URIs and images over 5000 px', () => {
    expect(codeOf(() => checkAvatar(Buffer.from('hello').toString('base64')))).toBe(
      'BOT_AVATAR_INCORRECT_TYPE',
    );
    expect(codeOf(() => checkAvatar(`data:image/png;base64,${png(1, 1)}`))).toBe('BOT_AVATAR_INCORRECT_TYPE');
    expect(codeOf(() => checkAvatar(png(100, 5001)))).toBe('BOT_AVATAR_INCORRECT_SIZE');
  });
});
