import 'reflect-metadata';
import { ValidationFailed } from '../../../src/graphql-errors/user-error.types.js';
import { BotButtonActionType } from '../../../src/bot-messages/keyboard.inputs.js';
import {
  checkAttach,
  checkKeyboard,
  checkText,
} from '../../../src/bot-messages/message-content.validation.js';
import { templateIdFor } from '../../../src/bot-messages/bot-message.send.js';

describe('keyboard mapping', () => {
  it('maps every button kind to the portal form, with NEWLINE between rows', () => {
    const checked = checkKeyboard(
      [
        { buttons: [{ text: 'Site', link: 'https://x.test', bgColorToken: 'alert', block: true }] },
        {
          buttons: [
            { text: 'Cmd', command: { command: 'go', params: 'p' } },
            { text: 'Copy', action: { type: BotButtonActionType.COPY, value: 'v' }, disabled: false },
            { text: 'App', app: { appId: 7, params: 'a' } },
          ],
        },
      ],
      42,
    );
    expect(checked).toEqual({
      ok: true,
      value: {
        BOT_ID: 42,
        BUTTONS: [
          { TEXT: 'Site', LINK: 'https://x.test', BG_COLOR_TOKEN: 'alert', BLOCK: 'Y' },
          { TYPE: 'NEWLINE' },
          { TEXT: 'Cmd', COMMAND: 'go', COMMAND_PARAMS: 'p' },
          { TEXT: 'Copy', ACTION: 'COPY', ACTION_VALUE: 'v', DISABLED: 'N' },
          { TEXT: 'App', APP_ID: 7, APP_PARAMS: 'a' },
        ],
      },
    });
  });

  it('refuses a button with two behaviours, naming it', () => {
    const checked = checkKeyboard([{ buttons: [{ text: 'x', link: 'l', app: { appId: 1 } }] }], 1);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.error).toMatchObject({ field: 'input.keyboard.0.buttons.0', constraint: 'oneOf' });
  });
});

describe('attachment mapping', () => {
  it('maps every block kind', () => {
    const checked = checkAttach({
      colorToken: 'primary',
      blocks: [
        { message: 'm' },
        { link: { link: 'https://l.test', name: 'L', description: 'd' } },
        { user: { name: 'U', userId: 3 } },
        { grid: [{ name: 'n', value: 'v', colorToken: 'base' }] },
        { image: [{ link: 'https://i.test/a.png', width: 10 }] },
        { file: [{ link: 'https://f.test/a.pdf', size: 5 }] },
        { delimiter: { size: 100, color: '#ccc' } },
      ],
    });
    expect(checked).toEqual({
      ok: true,
      value: {
        COLOR_TOKEN: 'primary',
        BLOCKS: [
          { MESSAGE: 'm' },
          { LINK: { LINK: 'https://l.test', NAME: 'L', DESC: 'd' } },
          { USER: { NAME: 'U', USER_ID: 3 } },
          { GRID: [{ NAME: 'n', VALUE: 'v', COLOR_TOKEN: 'base' }] },
          { IMAGE: [{ LINK: 'https://i.test/a.png', WIDTH: 10 }] },
          { FILE: [{ LINK: 'https://f.test/a.pdf', SIZE: 5 }] },
          { DELIMITER: { SIZE: 100, COLOR: '#ccc' } },
        ],
      },
    });
  });

  it('refuses an unknown grid colour token with its path', () => {
    const checked = checkAttach({ blocks: [{ grid: [{ name: 'n', value: 'v', colorToken: 'red' }] }] });
    expect(checked).toMatchObject({ ok: false, error: { field: 'input.attach.blocks.0.grid.0.colorToken' } });
  });
});

describe('text and idempotency key', () => {
  it('refuses 20,001 characters and accepts 20,000', () => {
    expect(checkText('a'.repeat(20_001), 'input.text')).toBeInstanceOf(ValidationFailed);
    expect(checkText('a'.repeat(20_000), 'input.text')).toBeNull();
  });

  it('keeps a UUID key and hashes any other key to a stable UUID', () => {
    const uuid = '123e4567-e89b-12d3-a456-426614174000';
    expect(templateIdFor(uuid)).toBe(uuid);
    expect(templateIdFor('order-1')).toBe(templateIdFor('order-1'));
    expect(templateIdFor('order-1')).not.toBe(templateIdFor('order-2'));
    expect(templateIdFor('order-1')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
