/**
 * What the caller may do with a Telegram poll, so a frontend can hide what Telegram cannot do and the
 * facade can refuse it without a request: a closed poll never reopens; bot sessions cannot vote,
 * retract or list voters (user-only methods); a ballot is final when revoting is disabled and in
 * quizzes; voters are listed for public polls outside channels; only the author closes.
 */
import type { TelegramPoll } from './telegram-poll.types.js';

export interface TelegramPollCapabilities {
  vote: boolean;
  retract: boolean;
  close: boolean;
  reopen: boolean;
  listVoters: boolean;
  quiz: boolean;
}

export function capabilitiesOf(poll: TelegramPoll, session: { isBot: boolean }): TelegramPollCapabilities {
  const user = !session.isBot;
  const voted = poll.answers.some((answer) => answer.chosen);
  const finalBallot = poll.revotingDisabled || poll.quiz;
  return {
    vote: user && !poll.closed && !(voted && finalBallot),
    retract: user && !poll.closed && voted && !finalBallot,
    close: poll.creator && !poll.closed,
    reopen: false,
    listVoters: user && poll.publicVoters && !poll.dialogId.startsWith('tg:channel:'),
    quiz: true,
  };
}
