/**
 * Poll mutations. Each validates its input first (ValidationFailed, no portal call), then makes
 * the portal call, and returns the poll as the caller now sees it; business failures are data
 * (poll.results.ts), access and infrastructure failures GraphQL errors.
 */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { UserError } from '../graphql-errors/user-error.types.js';
import type { GraphQLContext } from '../graphql/context.js';
import { CastBallotInput, PollActionInput, SendPollInput } from './poll.inputs.js';
import { POLL_BACKEND, type PollBackend } from './poll.backend.js';
import type { Poll, PollRef } from './poll.model.js';
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
  SEND_POLL_ERRORS,
  userErrorWithin,
} from './poll-failures.js';

type Result<T> = T | UserError;

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
      'Posts a single-question poll to a group chat as the caller (vote.Integration.Im.send). With input.idempotencyKey a repeat returns the first poll instead of creating another.',
  })
  async sendPoll(
    @Arg('input', () => SendPollInput, { description: 'The chat and the poll to send.' })
    input: SendPollInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result<SendPollSuccess | SendPollCreated>> {
    const checked = checkSendPoll(input);
    if (!checked.ok) return checked.error;
    let sent: { messageId: number; voteId: number };
    try {
      sent = await ctx.backend(POLL_BACKEND).create(checked.value);
    } catch (e) {
      return userErrorWithin(e, SEND_POLL_ERRORS);
    }
    const clientMutationId = input.clientMutationId ?? null;
    let poll: Poll;
    try {
      poll = await ctx.backend(POLL_BACKEND).read({ messageId: sent.messageId });
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
      "Casts (or, where revoting is allowed, replaces) the caller's ballot (vote.AttachedVote.vote). The poll is read first to check the answers against it.",
  })
  async castBallot(
    @Arg('input', () => CastBallotInput, { description: 'The poll and the chosen answers.' })
    input: CastBallotInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result<CastBallotSuccess>> {
    const shape = checkBallotShape(input);
    if (!shape.ok) return shape.error;
    const backend = ctx.backend(POLL_BACKEND);
    let before: Poll;
    try {
      before = await backend.read(shape.value.ref);
    } catch (e) {
      return userErrorWithin(e, CAST_BALLOT_ERRORS, 'input.ref');
    }
    const ballot = checkBallotAgainstPoll(shape.value, before);
    if (!ballot.ok) return ballot.error;
    let after: Poll;
    try {
      after = await backend.cast(shape.value.ref, ballot.value);
    } catch (e) {
      const field = shape.value.choices[0]?.questionId === null ? 'input.answerIds' : 'input.choices';
      return castBallotFailure(e, before, ballot.value, field);
    }
    backend.remember(after);
    announce(ctx, after);
    return Object.assign(new CastBallotSuccess(), { poll: toPollObject(after), ballot: ballotOf(after) });
  }

  @Mutation(() => RecallBallotResult, {
    description: "Withdraws the caller's ballot (vote.AttachedVote.recall); only where revoting is allowed.",
  })
  async recallBallot(
    @Arg('input', () => PollActionInput, { description: 'The poll.' }) input: PollActionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result<RecallBallotSuccess>> {
    const ref = checkPollRef(input.ref, 'input.ref');
    if (!ref.ok) return ref.error;
    try {
      const backend = ctx.backend(POLL_BACKEND);
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
      'Stops the poll (vote.AttachedVote.stop): nobody can vote until it is resumed. Author or admin only.',
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
    description: 'Resumes a stopped poll (vote.AttachedVote.resume). Author or admin only.',
  })
  async resumePoll(
    @Arg('input', () => PollActionInput, { description: 'The poll.' }) input: PollActionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result<ResumePollSuccess>> {
    const outcome = await this.administer(input, ctx, (backend, ref) => {
      // Every backend registered today can reopen; one that cannot leaves resume undefined.
      if (backend.resume === undefined) throw new Error('this poll backend cannot resume a poll');
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
    action: (backend: PollBackend, ref: PollRef) => Promise<void>,
  ): Promise<Poll | UserError> {
    const ref = checkPollRef(input.ref, 'input.ref');
    if (!ref.ok) return ref.error;
    const backend = ctx.backend(POLL_BACKEND);
    try {
      await action(backend, ref.value);
    } catch (e) {
      return userErrorWithin(e, POLL_ADMIN_ERRORS, 'input.ref');
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
