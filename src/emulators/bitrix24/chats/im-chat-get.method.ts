/** `im.chat.get` (docs/bitrix24-contract.md §9.1): find a chat by its external binding; `null`, never an error. */
import type { MethodDefinition } from '../core/method.js';
import { getParam, toStr } from '../core/params.js';

export const imChatGet: MethodDefinition = {
  name: 'im.chat.get',
  scopes: ['im'],
  handler: (params, ctx) => {
    const entityType = toStr(getParam(params, 'ENTITY_TYPE'))?.trim() ?? '';
    const entityId = toStr(getParam(params, 'ENTITY_ID'))?.trim() ?? '';
    // Missing or malformed parameters answer `null` too, exactly like "not found" (docs/bitrix24-contract.md §2.2).
    if (entityType === '' || entityId === '') return { result: null };
    for (const chat of ctx.state.chats.values()) {
      if (chat.entityType.toUpperCase() === entityType.toUpperCase() && chat.entityId === entityId) {
        return { result: { ID: chat.id } };
      }
    }
    return { result: null };
  },
};
