/**
 * Depth and cost of one GraphQL operation, computed before execution (pure functions, unit-tested).
 *
 * - depth: the deepest nesting of selections, fragments included (`{ a { b } }` has depth 2).
 * - cost: every field costs 1; a field returning objects costs `multiplier × (1 + cost of its
 *   selection)`, where the multiplier is its `first`/`last`/`limit`/`pageSize` argument, else the
 *   length of a literal list argument (`polls(messageIds: [1,2,3])` → 3), else the field's declared
 *   `extensions.listSize`, else `defaultListSize`
 *   for list-typed fields and connection fields (fields that accept `first`), else 1.
 *
 * Introspection fields (`__schema`, `__type`, `__typename`) cost nothing and add no depth: the
 * introspection switch governs them, and Sandbox's own introspection query is deep.
 */
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ArgumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

export function fragmentsOf(definitions: readonly { kind: Kind }[]): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const definition of definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      const fragment = definition as FragmentDefinitionNode;
      map.set(fragment.name.value, fragment);
    }
  }
  return map;
}

export function operationDepth(operation: OperationDefinitionNode, fragments: Fragments): number {
  const depthOf = (set: SelectionSetNode, visiting: ReadonlySet<string>): number => {
    let max = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const below = selection.selectionSet ? depthOf(selection.selectionSet, visiting) : 0;
        max = Math.max(max, 1 + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(selection.selectionSet, visiting));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment === undefined || visiting.has(name)) continue;
        max = Math.max(max, depthOf(fragment.selectionSet, new Set([...visiting, name])));
      }
    }
    return max;
  };
  return depthOf(operation.selectionSet, new Set());
}

const SIZE_ARGUMENTS = ['first', 'last', 'limit', 'pageSize'];

function argumentValue(node: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
      return Number(node.value);
    case Kind.LIST:
      return node.values.map((value) => argumentValue(value, variables));
    default:
      return undefined;
  }
}

function multiplier(
  field: FieldNode,
  definition: GraphQLField<unknown, unknown>,
  variables: Readonly<Record<string, unknown>>,
  defaultListSize: number,
): number {
  const args = new Map<string, ArgumentNode>(field.arguments?.map((arg) => [arg.name.value, arg]) ?? []);
  for (const name of SIZE_ARGUMENTS) {
    const arg = args.get(name);
    if (arg === undefined) continue;
    const value = argumentValue(arg.value, variables);
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
  }
  for (const arg of args.values()) {
    const value = argumentValue(arg.value, variables);
    if (Array.isArray(value)) return value.length;
  }
  // A field may declare how long its list really gets (`@Extensions({ listSize: 10 })`: a chat
  // poll has one question and at most ten answers); that beats the generic default.
  const declared = (definition.extensions as { listSize?: unknown } | undefined)?.listSize;
  if (typeof declared === 'number' && Number.isFinite(declared)) return Math.max(0, declared);
  const pagedField = definition.args.some((arg) => SIZE_ARGUMENTS.includes(arg.name));
  return pagedField || isListType(getNullableType(definition.type)) ? defaultListSize : 1;
}

export interface CostOptions {
  variables?: Readonly<Record<string, unknown>>;
  defaultListSize: number;
}

export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Fragments,
  options: CostOptions,
): number {
  const variables = options.variables ?? {};
  const costOf = (
    set: SelectionSetNode,
    parent: GraphQLCompositeType,
    visiting: ReadonlySet<string>,
  ): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const definition =
          isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        if (definition === undefined) continue; // validation has already refused unknown fields
        const named = getNamedType(definition.type);
        if (!isCompositeType(named) || selection.selectionSet === undefined) {
          total += 1;
          continue;
        }
        const inner = costOf(selection.selectionSet, named, visiting);
        // A Relay connection's `edges`/`nodes` list is as long as the connection's `first`, which
        // already multiplied this selection: counting it again would square the page size.
        const pageOfConnection = (name === 'edges' || name === 'nodes') && parent.name.endsWith('Connection');
        const times = pageOfConnection
          ? 1
          : multiplier(selection, definition, variables, options.defaultListSize);
        total += times * (1 + inner);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        const type = condition && isCompositeType(condition) ? condition : parent;
        total += costOf(selection.selectionSet, type, visiting);
      } else {
        const fragmentName = selection.name.value;
        const fragment = fragments.get(fragmentName);
        if (fragment === undefined || visiting.has(fragmentName)) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        const type = condition && isCompositeType(condition) ? condition : parent;
        total += costOf(fragment.selectionSet, type, new Set([...visiting, fragmentName]));
      }
    }
    return total;
  };
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  return costOf(operation.selectionSet, root, new Set());
}
