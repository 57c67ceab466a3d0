/** The GraphQL shape of one live-results event. */
import 'reflect-metadata';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { PollObject } from '../polls/index.js';

export enum PollResultsSourceEnum {
  SNAPSHOT = 'SNAPSHOT',
  MUTATION = 'MUTATION',
  WATCHER = 'WATCHER',
}

registerEnumType(PollResultsSourceEnum, {
  name: 'PollResultsSource',
  description: 'Why a pollResults event was sent.',
  valuesConfig: {
    SNAPSHOT: { description: 'The state when the subscription started (one per poll, first).' },
    MUTATION: { description: 'A castBallot, recallBallot, stopPoll or resumePoll through this API.' },
    WATCHER: {
      description:
        'A change made upstream directly (not through this API): found by the Bitrix24 watcher re-reading the poll, or pushed by Telegram (updateMessagePoll).',
    },
  },
});

@ObjectType('PollResultsEvent', {
  description:
    "A poll's new state. `poll` has the same id as everywhere else, so a normalised client cache updates the poll in place.",
})
export class PollResultsEventObject {
  @Field(() => PollObject, {
    description:
      "The poll now: counts per answer, totals, finished. `viewer` is the subscriber's own view: it changes with the subscriber's own ballots and with the poll's state, never from another user's ballot.",
  })
  poll!: PollObject;

  @Field(() => PollResultsSourceEnum, { description: 'Why this event was sent.' })
  source!: PollResultsSourceEnum;
}
