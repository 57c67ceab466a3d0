/**
 * Fields this feature adds to the shared store entities (TypeScript declaration merging, so the
 * shared `state.ts` stays untouched). All optional: seeds and other features need not set them.
 */
import type { ChatRole } from './chat-access.js';

declare module '../store/state.js' {
  interface EmChat {
    /** Who may post (and so create polls) in this chat; default 'member'. */
    canPost?: ChatRole;
  }
}
