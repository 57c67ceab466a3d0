/**
 * Checks a bot message's content before any portal call and maps it to the portal's UPPER_CASE
 * shapes (docs/bitrix24-contract.md §7.6). The portal would silently cut a long text and accept unknown colour
 * tokens, so the facade refuses them instead, naming the offending input path.
 */
import { ValidationFailed } from '../graphql-errors/user-error.types.js';
import { HEX_COLOR, publicUrlProblem } from '../validation/public-url.js';
import type { AttachBlockInput, BotAttachmentInput } from './attach.inputs.js';
import type { BotKeyboardButtonInput, BotKeyboardRowInput } from './keyboard.inputs.js';

export const MAX_TEXT_LENGTH = 20_000;
export const MAX_FORWARDS = 100;
export const COLOR_TOKENS = ['primary', 'secondary', 'alert', 'base'] as const;

type Portal = Record<string, unknown>;
export type Checked<T> = { ok: true; value: T } | { ok: false; error: ValidationFailed };

const fail = (
  field: string,
  message: string,
  constraint: string,
): { ok: false; error: ValidationFailed } => ({
  ok: false,
  error: new ValidationFailed(field, message, constraint),
});

/** Copies the keys whose value is set (not null/undefined). */
function set(target: Portal, entries: Record<string, unknown>): Portal {
  for (const [key, value] of Object.entries(entries))
    if (value !== undefined && value !== null) target[key] = value;
  return target;
}

const yn = (value: boolean | null | undefined): string | undefined =>
  value === null || value === undefined ? undefined : value ? 'Y' : 'N';

function badColorToken(value: string | null | undefined): boolean {
  return value !== null && value !== undefined && !(COLOR_TOKENS as readonly string[]).includes(value);
}
const colorMessage = `Colour tokens are ${COLOR_TOKENS.join(', ')}.`;

export function checkText(text: string | null | undefined, field: string): ValidationFailed | null {
  if (text !== null && text !== undefined && text.length > MAX_TEXT_LENGTH) {
    return new ValidationFailed(
      field,
      `The text has ${text.length} characters; at most ${MAX_TEXT_LENGTH} are allowed (the portal would cut it).`,
      'maxLength',
    );
  }
  return null;
}

function buttonBehaviour(button: BotKeyboardButtonInput): Portal {
  if (button.link) return { LINK: button.link };
  if (button.command)
    return set({ COMMAND: button.command.command }, { COMMAND_PARAMS: button.command.params });
  if (button.action) return { ACTION: button.action.type, ACTION_VALUE: button.action.value };
  const app = button.app!;
  return set({ APP_ID: app.appId }, { APP_PARAMS: app.params });
}

function checkButton(button: BotKeyboardButtonInput, path: string): Checked<Portal> {
  const behaviours = [button.link, button.command, button.action, button.app].filter(
    (b) => b !== null && b !== undefined && b !== '',
  );
  if (behaviours.length !== 1) {
    return fail(path, 'A button needs exactly one of link, command, action or app.', 'oneOf');
  }
  if (button.text.trim() === '') return fail(`${path}.text`, 'A button needs a caption.', 'required');
  if (badColorToken(button.bgColorToken)) return fail(`${path}.bgColorToken`, colorMessage, 'enum');
  if (button.link) {
    const problem = publicUrlProblem(button.link);
    if (problem) return fail(`${path}.link`, `The link ${problem}.`, 'url');
  }
  for (const key of ['bgColor', 'textColor', 'offBgColor', 'offTextColor'] as const) {
    const colour = button[key];
    if (colour !== null && colour !== undefined && !HEX_COLOR.test(colour)) {
      return fail(`${path}.${key}`, 'Colours are #rgb, #rrggbb or #rrggbbaa.', 'pattern');
    }
  }
  const portal = set(
    { TEXT: button.text, ...buttonBehaviour(button) },
    {
      BG_COLOR_TOKEN: button.bgColorToken,
      BG_COLOR: button.bgColor,
      TEXT_COLOR: button.textColor,
      OFF_BG_COLOR: button.offBgColor,
      OFF_TEXT_COLOR: button.offTextColor,
      BLOCK: yn(button.block),
      DISABLED: yn(button.disabled),
      CONTEXT: button.context,
      DISPLAY: button.display,
      WIDTH: button.width,
    },
  );
  return { ok: true, value: portal };
}

/** Rows → `{BOT_ID, BUTTONS}` with `{TYPE:"NEWLINE"}` between rows. */
export function checkKeyboard(
  rows: readonly BotKeyboardRowInput[],
  botId: number,
  field = 'input.keyboard',
): Checked<Portal> {
  const buttons: Portal[] = [];
  for (const [r, row] of rows.entries()) {
    if (row.buttons.length === 0)
      return fail(`${field}.${r}.buttons`, 'A row needs at least one button.', 'minItems');
    if (r > 0) buttons.push({ TYPE: 'NEWLINE' });
    for (const [b, button] of row.buttons.entries()) {
      const checked = checkButton(button, `${field}.${r}.buttons.${b}`);
      if (!checked.ok) return checked;
      buttons.push(checked.value);
    }
  }
  // BOT_ID next to BUTTONS routes commands to this bot (docs/bitrix24-contract.md §7.7).
  return { ok: true, value: { BOT_ID: botId, BUTTONS: buttons } };
}

/** The first link of a block that is not a public http(s) URL (the portal shows or fetches it). */
function badBlockUrl(block: AttachBlockInput, path: string): { ok: false; error: ValidationFailed } | null {
  const urls: Array<[string, string | null | undefined]> = [
    [`${path}.link.link`, block.link?.link],
    [`${path}.link.preview`, block.link?.preview],
    [`${path}.user.link`, block.user?.link],
    [`${path}.user.avatar`, block.user?.avatar],
    ...(block.image ?? []).flatMap((image, i): Array<[string, string | null | undefined]> => [
      [`${path}.image.${i}.link`, image.link],
      [`${path}.image.${i}.preview`, image.preview],
    ]),
    ...(block.file ?? []).map((file, i): [string, string | null | undefined] => [
      `${path}.file.${i}.link`,
      file.link,
    ]),
  ];
  for (const [field, url] of urls) {
    if (url === null || url === undefined) continue;
    const problem = publicUrlProblem(url);
    if (problem) return fail(field, `The URL ${problem}.`, 'url');
  }
  return null;
}

function blockValue(block: AttachBlockInput, path: string): Checked<Portal> {
  const badUrl = badBlockUrl(block, path);
  if (badUrl) return badUrl;
  const kinds = Object.entries(block).filter(([, v]) => v !== null && v !== undefined);
  if (kinds.length !== 1) {
    return fail(
      path,
      'A block needs exactly one of message, link, user, grid, image, file or delimiter.',
      'oneOf',
    );
  }
  if (block.message !== null && block.message !== undefined)
    return { ok: true, value: { MESSAGE: block.message } };
  if (block.link) {
    const l = block.link;
    return {
      ok: true,
      value: { LINK: set({ LINK: l.link }, { NAME: l.name, DESC: l.description, PREVIEW: l.preview }) },
    };
  }
  if (block.user) {
    const u = block.user;
    return {
      ok: true,
      value: { USER: set({ NAME: u.name }, { AVATAR: u.avatar, LINK: u.link, USER_ID: u.userId }) },
    };
  }
  if (block.grid) {
    const grid: Portal[] = [];
    for (const [i, item] of block.grid.entries()) {
      if (badColorToken(item.colorToken)) return fail(`${path}.grid.${i}.colorToken`, colorMessage, 'enum');
      grid.push(
        set(
          { NAME: item.name, VALUE: item.value },
          { DISPLAY: item.display, WIDTH: item.width, COLOR_TOKEN: item.colorToken, COLOR: item.color },
        ),
      );
    }
    return { ok: true, value: { GRID: grid } };
  }
  if (block.image) {
    const images = block.image.map((i) =>
      set({ LINK: i.link }, { NAME: i.name, PREVIEW: i.preview, WIDTH: i.width, HEIGHT: i.height }),
    );
    return { ok: true, value: { IMAGE: images } };
  }
  if (block.file) {
    return {
      ok: true,
      value: { FILE: block.file.map((f) => set({ LINK: f.link }, { NAME: f.name, SIZE: f.size })) },
    };
  }
  const d = block.delimiter!;
  return { ok: true, value: { DELIMITER: set({}, { SIZE: d.size, COLOR: d.color }) } };
}

/** The full ATTACH form `{COLOR_TOKEN?, COLOR?, BLOCKS}`. */
export function checkAttach(attach: BotAttachmentInput, field = 'input.attach'): Checked<Portal> {
  if (badColorToken(attach.colorToken)) return fail(`${field}.colorToken`, colorMessage, 'enum');
  if (attach.blocks.length === 0)
    return fail(`${field}.blocks`, 'An attachment needs at least one block.', 'minItems');
  const blocks: Portal[] = [];
  for (const [i, block] of attach.blocks.entries()) {
    const checked = blockValue(block, `${field}.blocks.${i}`);
    if (!checked.ok) return checked;
    blocks.push(checked.value);
  }
  return {
    ok: true,
    value: set({ BLOCKS: blocks }, { COLOR_TOKEN: attach.colorToken, COLOR: attach.color }),
  };
}
