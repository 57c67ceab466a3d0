/** Builds the type-graphql schema (used by the server and by emit-schema). */
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema } from 'type-graphql';
import { ORPHANED_TYPES, RESOLVERS } from './resolvers.js';
import { guardRootArguments } from '../graphql/well-formed-arguments.js';

export async function buildFacadeSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    orphanedTypes: ORPHANED_TYPES,
    // Input rules are checked by the features, which return ValidationFailed as data (docs/architecture.md §5).
    validate: false,
    // type-graphql asks for a PubSub as soon as a @Subscription exists. Subscription.pollResults
    // brings its own subscribe function (the live hub, registered per process), so this one only
    // satisfies the check and never carries an event.
    pubSub: createPubSub(),
  });
  // One rule for every operation's text: no NUL, no lone surrogate (well-formed-arguments.ts).
  return guardRootArguments(schema);
}

/** The SDL as committed in schema/schema.graphql: sorted, so that it is stable across builds. */
export function printFacadeSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
