/** `Chat.polls`: a Relay connection of a chat's polls, newest first (the chats feature's PageInfo). */
import 'reflect-metadata';
import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../chats/index.js';
import { PollObject } from './poll.types.js';

@ObjectType('PollEdge', { description: 'A poll in a connection, with its cursor.' })
export class PollEdgeObject {
  @Field({ description: 'Opaque cursor: pass it as `after` to continue with the polls older than this one.' })
  cursor!: string;

  @Field(() => PollObject, { description: 'The poll, as the caller sees it.' })
  node!: PollObject;
}

@ObjectType('PollConnection', { description: 'A page of polls, newest first.' })
export class PollConnectionObject {
  @Field(() => [PollEdgeObject], { description: 'The polls of this page, newest first, with cursors.' })
  edges!: PollEdgeObject[];

  @Field(() => PageInfo, { description: 'Whether and where to continue.' })
  pageInfo!: PageInfo;
}
