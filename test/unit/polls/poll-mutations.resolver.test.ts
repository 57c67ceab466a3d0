/**
 * How the poll mutations turn portal failures into their union members: the one ambiguous
 * `400 "Failed to save the voting"` is decided by the poll state read before the vote.
 */
import { FacadeGraphQLError } from '../../../src/graphql-errors/facade-errors.js';
import { UserErrorCode } from '../../../src/graphql-errors/user-error-code.js';
import { PortalError } from '../../../src/backends/bitrix24/portal-error.js';
import type { Poll } from '../../../src/polls/poll.model.js';
import { castBallotFailure, recallFailure } from '../../../src/polls/poll-failures.js';
import { failureToUserError } from '../../../src/graphql-errors/failure-to-user-error.js';

const err = (method: string, code: string, httpStatus: number, description: string) =>
  new PortalError({ code, httpStatus, method, description, transport: false, outcomeUnknown: false });

const VOTE = 'vote.AttachedVote.vote';
const rejected = () => err(VOTE, '400', 400, 'Failed to save the voting');

const state = (patch: { finished?: boolean; revoteAllowed?: boolean; mine?: number[] }): Poll =>
  ({
    finished: patch.finished ?? false,
    revoteAllowed: patch.revoteAllowed ?? false,
    viewer: {
      hasVoted: patch.mine !== undefined,
      myAnswers: patch.mine === undefined ? [] : [{ questionId: 1, answerIds: patch.mine }],
    },
  }) as unknown as Poll;

describe('castBallotFailure', () => {
  it.each([
    ['a stopped poll', state({ finished: true }), { 1: [3] }, UserErrorCode.POLL_CLOSED],
    ['the same ballot again, revoting off', state({ mine: [3] }), { 1: [3] }, UserErrorCode.ALREADY_VOTED],
    ['another ballot, revoting off', state({ mine: [3] }), { 1: [5] }, UserErrorCode.REVOTE_NOT_ALLOWED],
    ['nothing in the state explains it', state({}), { 1: [3] }, UserErrorCode.VALIDATION_FAILED],
  ])('the catch-all 400 on %s → %s', (_name, before, ballot, code) => {
    expect(castBallotFailure(rejected(), before, ballot, 'input.answerIds').code).toBe(code);
  });

  it('keeps the portal’s own specific answers', () => {
    const closed = castBallotFailure(
      err(VOTE, '403', 403, 'The poll is inactive.'),
      state({}),
      { 1: [3] },
      'x',
    );
    expect(closed.code).toBe(UserErrorCode.POLL_CLOSED);
    const denied = castBallotFailure(
      err(VOTE, 'ATTACH_READ_ACCESS_DENIED', 403, 'No permission to participate in the vote'),
      state({}),
      { 1: [3] },
      'x',
    );
    expect(denied.code).toBe(UserErrorCode.PERMISSION_DENIED);
  });

  it('throws infrastructure failures as GraphQL errors, not data', () => {
    const down = new PortalError({
      code: 'TIMEOUT',
      httpStatus: null,
      method: VOTE,
      description: 'timed out',
      transport: true,
      outcomeUnknown: true,
    });
    expect(() => castBallotFailure(down, state({}), { 1: [3] }, 'x')).toThrow(FacadeGraphQLError);
  });
});

describe('recallFailure and failureToUserError (allowed codes)', () => {
  it('a refused recall means revoting is off', () => {
    const e = err('vote.AttachedVote.recall', '400', 400, 'Failed to save the voting');
    expect(recallFailure(e).code).toBe(UserErrorCode.REVOTE_NOT_ALLOWED);
  });

  it('a UserError outside the union becomes the GraphQL error it stands for', () => {
    const e = err('vote.AttachedVote.stop', 'ATTACH_NOT_FOUND', 400, 'Attach not found');
    expect(failureToUserError(e, { allowed: [UserErrorCode.POLL_NOT_FOUND] }).code).toBe(
      UserErrorCode.POLL_NOT_FOUND,
    );
    expect(() => failureToUserError(e, { allowed: [UserErrorCode.PERMISSION_DENIED] })).toThrow(
      FacadeGraphQLError,
    );
  });

  it('re-throws what is not a portal failure', () => {
    const bug = new TypeError('bug');
    expect(() => failureToUserError(bug, { allowed: [UserErrorCode.POLL_NOT_FOUND] })).toThrow(bug);
  });
});
