/**
 * Refuses an operation whose request carried no identity, before any resolver runs (so before any
 * portal call), unless it only asks for introspection (`__schema`, `__type`, `__typename`).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { unauthenticated } from '../../graphql-errors/facade-errors.js';
import { missingIdentity } from '../create-context.js';
import { fragmentsOf } from '../limits/query-limits.js';

function onlyIntrospection(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): boolean {
  return set.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value.startsWith('__');
    if (selection.kind === Kind.INLINE_FRAGMENT) return onlyIntrospection(selection.selectionSet, fragments);
    const fragment = fragments.get(selection.name.value);
    return fragment !== undefined && onlyIntrospection(fragment.selectionSet, fragments);
  });
}

export function requireIdentityPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const missing = missingIdentity(contextValue);
      if (missing === undefined) return {};
      return {
        async didResolveOperation({ document, operation }) {
          if (operation === undefined) return;
          if (!onlyIntrospection(operation.selectionSet, fragmentsOf(document.definitions))) {
            throw unauthenticated(missing.reason, missing.code);
          }
        },
      };
    },
  };
}
