/**
 * The port through which poll mutations announce what they changed (live results subscribe to
 * it). The mutation already holds the poll as it is after the change, so announcing costs no
 * portal read. The composition root registers the sink; without live results it drops everything.
 */
import { backendKey } from '../graphql/backend-registry.js';
import type { Poll } from './poll.model.js';

export interface PollChangeSink {
  /**
   * `poll` is the poll right after the change, as `actorSubject` (the identity that made it) sees
   * it: its viewer part belongs to that identity only.
   */
  changed(poll: Poll, actorSubject: string): void;
}

export const POLL_CHANGES = backendKey<PollChangeSink>('pollChanges');
