/**
 * Relay global object identification: every object with an opaque `id` implements `Node`, and
 * `Query.node` / `Query.nodes` refetch it by that id alone. This file holds only the interface so
 * that the feature types can implement it without importing the resolvers (no import cycle).
 */
import 'reflect-metadata';
import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', {
  description:
    'An object with an opaque, stable id that Query.node / Query.nodes can refetch (Relay global object identification).',
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque, stable id (backend-prefixed); do not parse it.' })
  id!: string;
}
