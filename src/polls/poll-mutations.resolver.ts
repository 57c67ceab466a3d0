/**
 * Poll mutations. Each validates its input first (ValidationFailed, no portal call), then makes
 * the portal call, and returns the poll as the caller now sees it; business failures are data
 * (poll.results.ts), access and infrastructure failures GraphQL errors.
 */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { UserErrorCode } from '../graphql-errors/user-error-code.js';
import { NotSupported, UserError } from '../graphql-errors/user-error.types.js';
import { failureToUserError } from '../graphql-errors/failure-to-user-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import { CastBallotInput, PollActionInput, SendPollInput } from './poll.inputs.js';
import type { PollBackend } from './poll.backend.js';
import type { Poll, PollRef, SendPollInput as SendPollParams } from './poll.model.js';
import { pollBackendFor } from './poll-backend-for.js';
import {
  BallotChoiceObject,
  BallotObject,
  CastBallotResult,
  CastBallotSuccess,
  RecallBallotResult,
  RecallBallotSuccess,
  ResumePollResult,
  ResumePollSuccess,
  SendPollCreated,
  SendPollResult,
  SendPollSuccess,
  StopPollResult,
  StopPollSuccess,
} from './poll.results.js';
import { toPollObject } from './poll.types.js';
import { POLL_CHANGES } from './poll-changes.js';
import { checkBallotAgainstPoll, checkBallotShape, checkPollRef, checkSendPoll } from './poll.validation.js';
import {
  castBallotFailure,
  CAST_BALLOT_ERRORS,
  POLL_ADMIN_ERRORS,
  recallFailure,
  RECALL_ERRORS,
  SEND_POLL_ERRORS,
} from './poll-failures.js';

type Result<T> = T | UserError;

/** The poll a new poll's parameters will create, addressed as its backend addresses it. */
function newPollRef(params: SendPollParams, messageId: number): PollRef {
  return params.dialogId === undefined
    ? { messageId }
    : { backend: 'tg', dialogId: params.dialogId, messageId };
}

/** What a send asks for that its backend cannot do (refused before any call). */
function unsupportedOption(backend: PollBackend, params: SendPollParams): NotSupported | null {
  if (params.quiz !== undefined && !backend.capabilities.quiz) {
    return new NotSupported("Quiz polls are not supported by this chat's backend (Bitrix24).");
  }
  if ((params.closePeriod !== undefined || params.closeDate !== undefined) && !backend.capabilities.quiz) {
    return new NotSupported("A close time is not supported by this chat's backend (Bitrix24).");
  }
  return null;
}

/**
 * Whether the caller's session may cast or withdraw a ballot as itself on this backend (a Telegram
 * bot session may not): NotSupported, or the failure of finding out, before any upstream call.
 */
async function refuseIfCannotVote(
  backend: PollBackend,
  errors: readonly UserErrorCode[],
): Promise<UserError | null> {
  try {
    const capabilities = (await backend.callerCapabilities?.()) ?? backend.capabilities;
    if (capabilities.voteAsCaller) return null;
    return new NotSupported(
      'This session cannot vote as itself (a Telegram bot session); use a user account.',
    );
  } catch (e) {
    return failureToUserError(e, { allowed: errors, field: 'input.ref' });
  }
}

function ballotOf(poll: Poll): BallotObject {
  return Object.assign(new BallotObject(), {
    poll: toPollObject(poll),
    choices: poll.viewer.myAnswers.map((a) => Object.assign(new BallotChoiceObject(), a)),
  });
}

@Resolver()
export class PollMutationResolver {
  @Mutation(() => SendPollResult, {
    description:
      "Posts a single-question poll to a group chat as the caller (vote.Integration.Im.send). With input.idempotencyKey a repeat returns the first poll instead of creating another. A tg: dialogId posts a Telegram poll as the caller's linked Telegram account (messages.sendMedia; quizzes and close times are Telegram only).",
  })
  async sendPoll(
    @Arg('input', () => SendPollInput, { description: 'The chat and the poll to send.' })
    input: SendPollInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result<SendPollSuccess | SendPollCreated>> {
    const checked = checkSendPoll(input);
    if (!checked.ok) return checked.error;
    const backend = pollBackendFor(ctx, newPollRef(checked.value, 1));
    if (backend instanceof UserError) return backend;
    const unsupported = unsupportedOption(backend, checked.value);
    if (unsupported !== null) return unsupported;
    let sent: { messageId: number; voteId: number };
    try {
      sent = await backend.create(checked.value);
    } catch (e) {
      return failureToUserError(e, { allowed: SEND_POLL_ERRORS });
    }
    const clientMutationId = input.clientMutationId ?? null;
    let poll: Poll;
    try {
      poll = await backend.read(newPollRef(checked.value, sent.messageId));
    } catch {
      // The poll exists now: a failed read-back must not read as a failed send, or the client
      // retries and a second poll appears. Say it was created, with the ids the send answered.
      return Object.assign(new SendPollCreated(), {
        ...sent,
        message:
          'The poll was created, but reading it back failed; read it later by messageId. Do not send it again.',
        clientMutationId,
      });
    }
    return Object.assign(new SendPollSuccess(), { poll: toPollObject(poll), clientMutationId });
  }

  @Mutation(() => CastBallotResult, {
    description:
      "Casts (or, where revoting is allowed, replaces) the caller's ballot (vote.AttachedVote.vote; Telegram: messages.sendVote). The poll is read first to check the answers against it.",
  })
  async castBallot(
    @Arg('input', () => CastBallotInput, { description: 'The poll and the chosen answers.' })
    input: CastBallotInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result<CastBallotSuccess>> {
    const shape = checkBallotShape(input);
    if (!shape.ok) return shape.error;
    const backend = pollBackendFor(ctx, shape.value.ref);
    if (backend instanceof UserError) return backend;
    const refused = await refuseIfCannotVote(backend, CAST_BALLOT_ERRORS);
    if (refused !== null) return refused;
    if (shape.value.choices.length > 1 && !backend.capabilities.multipleQuestions) {
      return new NotSupported(
        'Polls of this backend (Telegram) have one question: use optionIds or answerIds.',
      );
    }
    let before: Poll;
    try {
      before = await backend.read(shape.value.ref);
    } catch (e) {
      return failureToUserError(e, { allowed: CAST_BALLOT_ERRORS, field: 'input.ref' });
    }
    const ballot = checkBallotAgainstPoll(shape.value, before);
    if (!ballot.ok) return ballot.error;
    let after: Poll;
    try {
      after = await backend.cast(shape.value.ref, ballot.value);
    } catch (e) {
      const field =
        shape.value.options !== undefined
          ? 'input.optionIds'
          : shape.value.choices[0]?.questionId === null
            ? 'input.answerIds'
            : 'input.choices';
      return castBallotFailure(e, before, ballot.value, field);
    }
    backend.remember(after);
    announce(ctx, after);
    return Object.assign(new CastBallotSuccess(), { poll: toPollObject(after), ballot: ballotOf(after) });
  }

  @Mutation(() => RecallBallotResult, {
    description:
      "Withdraws the caller's ballot (vote.AttachedVote.recall; Telegram: messages.sendVote without options); only where revoting is allowed.",
  })
  async recallBallot(
    @Arg('input', () => PollActionInput, { description: 'The poll.' }) input: PollActionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result<RecallBallotSuccess>> {
    const ref = checkPollRef(input.ref, 'input.ref');
    if (!ref.ok) return ref.error;
    const backend = pollBackendFor(ctx, ref.value);
    if (backend instanceof UserError) return backend;
    const refused = await refuseIfCannotVote(backend, RECALL_ERRORS);
    if (refused !== null) return refused;
    try {
      const after = await backend.retract(ref.value);
      backend.remember(after);
      announce(ctx, after);
      return Object.assign(new RecallBallotSuccess(), { poll: toPollObject(after) });
    } catch (e) {
      return recallFailure(e);
    }
  }

  @Mutation(() => StopPollResult, {
    description:
      'Stops the poll (vote.AttachedVote.stop; Telegram: closes it for good, messages.editMessage): nobody can vote until it is resumed. Author or admin only.',
  })
  async stopPoll(
    @Arg('input', () => PollActionInput, { description: 'The poll.' }) input: PollActionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result<StopPollSuccess>> {
    const outcome = await this.administer(input, ctx, (backend, ref) => backend.stop(ref));
    return outcome instanceof UserError
      ? outcome
      : Object.assign(new StopPollSuccess(), { poll: toPollObject(outcome) });
  }

  @Mutation(() => ResumePollResult, {
    description:
      'Resumes a stopped poll (vote.AttachedVote.resume). Author or admin only. Telegram polls never reopen: NotSupported, without a call.',
  })
  async resumePoll(
    @Arg('input', () => PollActionInput, { description: 'The poll.' }) input: PollActionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result<ResumePollSuccess>> {
    const outcome = await this.administer(input, ctx, (backend, ref) => {
      if (backend.resume === undefined) {
        return new NotSupported("This poll's backend (Telegram) never reopens a closed poll.");
      }
      return backend.resume(ref);
    });
    return outcome instanceof UserError
      ? outcome
      : Object.assign(new ResumePollSuccess(), { poll: toPollObject(outcome) });
  }

  /** stop/resume answer `[]` (docs/bitrix24-contract.md §6.8): the poll is read again to return its new state. */
  private async administer(
    input: PollActionInput,
    ctx: GraphQLContext,
    action: (backend: PollBackend, ref: PollRef) => Promise<void> | UserError,
  ): Promise<Poll | UserError> {
    const ref = checkPollRef(input.ref, 'input.ref');
    if (!ref.ok) return ref.error;
    const backend = pollBackendFor(ctx, ref.value);
    if (backend instanceof UserError) return backend;
    try {
      // a capability refusal comes back synchronously, before any call
      const done = action(backend, ref.value);
      if (done instanceof UserError) return done;
      await done;
    } catch (e) {
      return failureToUserError(e, { allowed: POLL_ADMIN_ERRORS, field: 'input.ref' });
    }
    const after = await reread(backend, ref.value);
    announce(ctx, after);
    return after;
  }
}

/**
 * The one place mutations tell live subscribers about a change: with the poll the mutation already
 * has (no extra portal read). Announcing never fails the mutation that did the change.
 */
function announce(ctx: GraphQLContext, poll: Poll): void {
  try {
    ctx.backend(POLL_CHANGES).changed(poll, ctx.identity.subject);
  } catch {
    // A subscriber missing one event re-syncs on the next; the vote itself succeeded.
  }
}

async function reread(backend: PollBackend, ref: PollRef): Promise<Poll> {
  backend.forget(ref);
  const poll = await backend.read(ref);
  backend.remember(poll);
  return poll;
}
