/** What other features (live results) may use of the poll feature. */
export { POLL_BACKEND, type PollBackend } from './poll.backend.js';
export { POLL_CHANGES, type PollChangeSink } from './poll-changes.js';
export type { Poll, PollRef, PollViewer } from './poll.model.js';
export { PollObject, toPollObject } from './poll.types.js';
export { pollIdOf, pollRefOfKey, viewerKey } from './poll-id.js';
export { pollBackendFor } from './poll-backend-for.js';
