/** VotedUser entries of getWithVoted / getAnswerVoted (docs/bitrix24-contract.md §6.0). */
import type { EmulatorState } from '../store/state.js';

export interface VotedUser {
  ID: number;
  NAME: string;
  IMAGE: string;
  WORK_POSITION: string;
}

/** Absolute avatar URL on the portal host (the docs show absolute https URLs). */
function avatarUrl(state: EmulatorState, userId: number): string {
  const origin = /^https?:\/\//.test(state.portalHost) ? state.portalHost : `http://${state.portalHost}`;
  return `${origin.replace(/\/$/, '')}/upload/main/avatar/user${userId}.png`;
}

export function votedUser(state: EmulatorState, userId: number): VotedUser {
  const user = state.users.get(userId);
  return {
    ID: userId,
    NAME: user?.name ?? '',
    IMAGE: avatarUrl(state, userId),
    WORK_POSITION: user?.workPosition ?? '',
  };
}
