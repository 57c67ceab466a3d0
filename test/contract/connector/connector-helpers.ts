/** Shared steps of the imconnector contract tests (HTTP only, against a real emulator). */
import { callRest, devAccessToken, type CallAs, type RunningEmulator } from '../../support/emulator.js';

export const APP: CallAs = { token: devAccessToken(1) };

/** The documented register example (`myconnector`). */
export const REGISTER_EXAMPLE = {
  ID: 'myconnector',
  NAME: 'Mein Connector',
  ICON: {
    DATA_IMAGE: 'data:image/svg+xml,%3Csvg%20xmlns%3D%22http://www.w3.org/2000/svg%22/%3E',
    COLOR: '#69acc0',
    SIZE: '90%',
    POSITION: 'center',
  },
  PLACEMENT_HANDLER: 'https://example.com/connector/settings',
  ICON_DISABLED: {
    DATA_IMAGE: 'data:image/svg+xml,%3Csvg%20xmlns%3D%22http://www.w3.org/2000/svg%22/%3E',
    COLOR: '#99adb3',
  },
  DEL_EXTERNAL_MESSAGES: true,
  EDIT_INTERNAL_MESSAGES: true,
  DEL_INTERNAL_MESSAGES: true,
  NEWSLETTER: true,
  NEED_SYSTEM_MESSAGES: true,
  NEED_SIGNATURE: true,
  CHAT_GROUP: false,
};

/** The documented send.messages item, with overrides per part. */
export function messageItem(
  o: {
    user?: Record<string, unknown>;
    message?: Record<string, unknown>;
    chat?: Record<string, unknown>;
  } = {},
) {
  return {
    user: {
      id: 'ext-user-42',
      last_name: 'Ivanov',
      name: 'Ivan',
      picture: { url: 'https://example.com/u42.png' },
      url: 'https://example.com/users/42',
      gender: 'male',
      email: 'ivan@example.com',
      phone: '+19990000000',
      skip_phone_validate: 'Y',
      ...o.user,
    },
    message: {
      id: 'ext-msg-1001',
      date: 1773265993,
      text: 'Good afternoon',
      files: [{ url: 'https://example.com/files/spec.pdf', name: 'spec.pdf' }],
      disable_crm: 'Y',
      ...o.message,
    },
    chat: { id: 'channel-123', name: 'Support Channel', url: 'https://example.com/chats/123', ...o.chat },
  };
}

async function ok(emu: RunningEmulator, method: string, params: Record<string, unknown>): Promise<void> {
  const res = await callRest(emu, method, params, APP);
  if (res.status !== 200) throw new Error(`${method} failed: ${res.text}`);
}

/** register → activate → connector.data.set on a seeded line (the documented setup order). */
export async function setUpConnector(emu: RunningEmulator, line = 1, extra: Record<string, unknown> = {}) {
  await ok(emu, 'imconnector.register', { ...REGISTER_EXAMPLE, ...extra });
  await ok(emu, 'imconnector.activate', { CONNECTOR: 'myconnector', LINE: line, ACTIVE: '1' });
  await ok(emu, 'imconnector.connector.data.set', {
    CONNECTOR: 'myconnector',
    LINE: line,
    DATA: { ID: 'channel-123', URL: 'https://example.com/chats/123', NAME: 'Support Channel' },
  });
}
