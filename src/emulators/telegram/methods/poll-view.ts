/** A stored poll as the TL objects a given viewer receives (poll, results, message, update). */
import { Api } from 'teleproto';
import type { TgPoll } from '../store/state.js';
import { long, peerOf } from './entities.js';

export function isClosed(poll: TgPoll, now: number): boolean {
  return poll.closed || (poll.closeDate !== undefined && now >= poll.closeDate);
}

/** The poll's peer from `viewerId`'s side (a private chat shows the other person). */
export function viewerPeer(poll: TgPoll, viewerId: number): Api.TypePeer {
  if (poll.peer.kind !== 'user') return peerOf(poll.peer.kind, poll.peer.id);
  const other = viewerId === poll.creatorId ? poll.peer.id : poll.creatorId;
  return peerOf('user', other);
}

/** `creator` is set for the poll's author only (the flag is per viewer). */
export function apiPoll(poll: TgPoll, viewerId: number, now: number): Api.Poll {
  return new Api.Poll({
    id: long(poll.id),
    closed: isClosed(poll, now) || undefined,
    publicVoters: poll.publicVoters || undefined,
    multipleChoice: poll.multipleChoice || undefined,
    quiz: poll.quiz || undefined,
    revotingDisabled: poll.revotingDisabled || undefined,
    subscribersOnly: poll.subscribersOnly || undefined,
    creator: poll.creatorId === viewerId || undefined,
    question: new Api.TextWithEntities({ text: poll.question, entities: [] }),
    answers: poll.answers.map(
      (answer) =>
        new Api.PollAnswer({
          text: new Api.TextWithEntities({ text: answer.text, entities: [] }),
          option: answer.option,
        }),
    ),
    closePeriod: poll.closePeriod,
    closeDate: poll.closeDate,
    hash: long(0),
  });
}

/** Results for one viewer: `chosen` marks their ballot; quiz answers and solution show once they voted or it closed. */
export function apiResults(poll: TgPoll, viewerId: number, now: number): Api.PollResults {
  const mine = poll.votes.get(viewerId)?.options ?? [];
  const revealQuiz = poll.quiz && (mine.length > 0 || isClosed(poll, now));
  const counts = poll.answers.map(() => 0);
  for (const ballot of poll.votes.values())
    for (const index of ballot.options) counts[index] = (counts[index] ?? 0) + 1;
  const recent = poll.publicVoters ? [...poll.votes.keys()].slice(-3).reverse() : [];
  return new Api.PollResults({
    results: poll.answers.map(
      (answer, index) =>
        new Api.PollAnswerVoters({
          option: answer.option,
          voters: counts[index],
          chosen: mine.includes(index) || undefined,
          correct: (revealQuiz && poll.correct.includes(index)) || undefined,
        }),
    ),
    totalVoters: poll.votes.size,
    recentVoters: recent.length > 0 ? recent.map((id) => peerOf('user', id)) : undefined,
    solution: revealQuiz ? poll.solution : undefined,
    solutionEntities: revealQuiz && poll.solution !== undefined ? [] : undefined,
  });
}

export function apiPollMessage(poll: TgPoll, viewerId: number, now: number): Api.Message {
  return new Api.Message({
    id: poll.msgId,
    peerId: viewerPeer(poll, viewerId),
    fromId: poll.peer.kind === 'channel' ? undefined : peerOf('user', poll.creatorId),
    out: viewerId === poll.creatorId || undefined,
    post: poll.peer.kind === 'channel' || undefined,
    date: poll.date,
    message: '',
    media: new Api.MessageMediaPoll({
      poll: apiPoll(poll, viewerId, now),
      results: apiResults(poll, viewerId, now),
    }),
  });
}

export function pollUpdate(poll: TgPoll, viewerId: number, now: number): Api.UpdateMessagePoll {
  return new Api.UpdateMessagePoll({
    peer: viewerPeer(poll, viewerId),
    msgId: poll.msgId,
    pollId: long(poll.id),
    poll: apiPoll(poll, viewerId, now),
    results: apiResults(poll, viewerId, now),
  });
}

/** What a member receives when results change: updateShort(updateMessagePoll). */
export function pollUpdateShort(poll: TgPoll, viewerId: number, now: number): Api.UpdateShort {
  return new Api.UpdateShort({ update: pollUpdate(poll, viewerId, now), date: now });
}
