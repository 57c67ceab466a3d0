/**
 * `User`: a portal user as the facade shows one, wherever one appears (a poll's voters, the viewer,
 * a poll's author). Its own folder because several features return users and none of them owns them.
 */
import 'reflect-metadata';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node.interface.js';

@ObjectType('User', { implements: Node, description: 'A portal user, as the poll methods describe voters.' })
export class UserObject {
  @Field(() => ID, { description: 'Opaque, stable id (backend-prefixed).' })
  id!: string;

  @Field(() => Int, { description: 'Portal user id.' })
  userId!: number;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Absolute URL of the avatar; null when none.' })
  avatarUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Job title; null when none.' })
  workPosition!: string | null;
}
