/**
 * Who voted for an answer: `User` and its Relay connection (Answer.voters), backed by
 * `vote.AttachedVote.getAnswerVoted` paging (docs/bitrix24-contract.md §6.5).
 */
import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Voter } from './poll.model.js';
import { UserObject, userGlobalId } from '../users/index.js';

@ObjectType('UserEdge', { description: 'A user in a connection, with its cursor.' })
export class UserEdgeObject {
  @Field({ description: 'Opaque cursor: pass it as `after` to continue after this user.' })
  cursor!: string;

  @Field(() => UserObject, { description: 'The user.' })
  node!: UserObject;
}

/*
 * Named apart from the chats feature's `PageInfo` so that the two features never collide in one
 * schema; it has the full Relay field set.
 */
@ObjectType('UserPageInfo', { description: 'Relay page information of a user connection.' })
export class UserPageInfoObject {
  @Field({ description: 'Whether another page follows; ask for it with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether users precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first user of this page; opaque.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last user of this page; opaque.' })
  endCursor!: string | null;
}

@ObjectType('UserConnection', { description: 'A page of users (Relay connection).' })
export class UserConnectionObject {
  @Field(() => [UserEdgeObject], { description: 'The users of this page, with cursors.' })
  edges!: UserEdgeObject[];

  @Field(() => UserPageInfoObject, { description: 'Where this page sits in the whole list.' })
  pageInfo!: UserPageInfoObject;

  @Field(() => Int, { description: 'Number of users in the whole list (0 when hidden).' })
  totalCount!: number;

  @Field({
    description:
      'true when the list is withheld on purpose (an anonymous poll): edges are empty and totalCount is 0, whatever the votes.',
  })
  hidden!: boolean;
}

export function toUserObject(voter: Voter): UserObject {
  return Object.assign(new UserObject(), {
    id: userGlobalId(voter.id),
    userId: voter.id,
    name: voter.name,
    avatarUrl: voter.imageUrl,
    workPosition: voter.workPosition,
  });
}

/** Offset cursors: base64 of `voter:<offset>` (the position in the portal's voter order). */
export function voterCursor(offset: number): string {
  return Buffer.from(`voter:${offset}`, 'utf8').toString('base64');
}

/** The offset a cursor stands for, or null when it is not one of ours. */
export function offsetOfCursor(cursor: string): number | null {
  const match = /^voter:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return match?.[1] === undefined ? null : Number(match[1]);
}

export function userConnection(
  voters: readonly Voter[],
  startOffset: number,
  totalCount: number,
  hidden = false,
): UserConnectionObject {
  const edges = voters.map((voter, i) =>
    Object.assign(new UserEdgeObject(), {
      cursor: voterCursor(startOffset + i + 1),
      node: toUserObject(voter),
    }),
  );
  return Object.assign(new UserConnectionObject(), {
    edges,
    totalCount,
    hidden,
    pageInfo: Object.assign(new UserPageInfoObject(), {
      hasNextPage: startOffset + voters.length < totalCount,
      hasPreviousPage: startOffset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    }),
  });
}
