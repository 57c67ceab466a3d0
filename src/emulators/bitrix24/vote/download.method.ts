/**
 * `vote.AttachedVote.download` (docs/bitrix24-contract.md §6.10): the results report as a file. The real portal
 * sends an Excel-readable sheet; the emulator sends tab-separated text under the same MIME type,
 * which Excel and any TSV reader open.
 */
import type { MethodDefinition } from '../core/method.js';
import type { EmPoll, EmulatorState } from '../store/state.js';
import { readablePoll } from './poll-address.js';
import { answerCount, answerVoterIds, questionCount } from './poll-counters.js';

/** Tabs and line breaks inside texts would break the columns. */
function cell(value: string | number): string {
  return String(value).replace(/[\t\r\n]+/g, ' ');
}

function pollReport(state: EmulatorState, poll: EmPoll): string {
  const lines = [['Question', 'Answer', 'Votes', 'Percent', 'Voters'].join('\t')];
  for (const question of poll.questions) {
    const total = questionCount(poll, question.id);
    for (const answer of question.answers) {
      const count = answerCount(poll, question.id, answer.id);
      const percent = total === 0 ? 0 : Math.round((100 * count) / total);
      // Anonymous polls report counts only.
      const voters =
        poll.anonymity === 1
          ? ''
          : answerVoterIds(poll, question.id, answer.id)
              .map((id) => state.users.get(id)?.name ?? String(id))
              .join(', ');
      lines.push([question.text, answer.text, count, percent, voters].map(cell).join('\t'));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

export const attachedVoteDownload: MethodDefinition = {
  name: 'vote.AttachedVote.download',
  scopes: ['vote'],
  batchable: false,
  handler: (params, ctx) => {
    const poll = readablePoll(params, ctx);
    return {
      binary: {
        body: Buffer.from(pollReport(ctx.state, poll), 'utf8'),
        contentType: 'application/vnd.ms-excel',
        filename: `vote_${poll.attachId}.xls`,
      },
    };
  },
};
