/** Scripted-portal fixtures shared by the poll loader unit tests (no HTTP, no emulator). */
import type { PortalCredential } from '../../../src/backends/bitrix24/credential.js';
import type { RawAttach } from '../../../src/polls/poll.model.js';

/** The credential a scripted PortalCaller is called with; its value never matters there. */
export const oauthCredential: PortalCredential = {
  kind: 'oauth',
  portalUrl: 'https://portal.example.com',
  accessToken: 'tok-1',
};

/** The poll attached to message `messageId`: vote (and attach) id messageId + 1000, no questions. */
export const rawAttach = (messageId: number): RawAttach => ({
  ID: String(messageId + 1000),
  VOTE_ID: String(messageId + 1000),
  entityId: messageId,
  QUESTIONS: [],
  signedAttachId: `${messageId + 1000}.sig`,
});
