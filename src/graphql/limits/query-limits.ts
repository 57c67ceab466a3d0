/**
 * Depth, cost and alias count of one GraphQL operation, computed before execution (pure
 * functions, unit-tested).
 *
 * - depth: the deepest nesting of selections, fragments included (`{ a { b } }` has depth 2).
 *   `__typename` adds nothing, and neither does `ofType` (a type reference's wrapping is as deep as
 *   the schema's own `[[T!]!]!`, so a long `ofType` chain cannot make the answer bigger).
 * - cost: every field costs 1; a field returning objects costs `multiplier × (1 + cost of its
 *   selection)`, where the multiplier is its `first`/`last`/`limit`/`pageSize` argument, else the
 *   length of a literal list argument (`polls(messageIds: [1,2,3])` → 3), else the field's declared
 *   `extensions.listSize`, else `defaultListSize` for list-typed fields and connection fields
 *   (fields that accept `first`), else 1.
 * - introspection (`__schema`, `__type`) is costed like the rest, with the list sizes the schema
 *   really has (introspection-sizes.ts), then divided by INTROSPECTION_VALUES_PER_COST: its values
 *   are read from memory, but thousands of aliased `__schema` once made a 509 MB answer.
 * - portal work (when a PortalWorkModel is given): each field that makes a portal call adds the
 *   model's read cost per call, each mutation root field its write cost. A list loaded in batches
 *   (`polls`: one call per 50 ids) is charged per call, and its selection once per call: the
 *   values of one call's answer are shaped in memory, and the list's length is capped by the field.
 *
 * Fragment costs and depths are memoised per fragment, so nested spreads cannot make the analysis
 * itself exponential.
 */
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { introspectionSizes } from './introspection-sizes.js';

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

/**
 * Introspection values that cost as much as one ordinary field (they come from memory). With 50,
 * the full client introspection of this schema (about 160 KB of JSON) costs about 2,100.
 */
export const INTROSPECTION_VALUES_PER_COST = 50;

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
  const fragmentDepths = new Map<string, number>();
  const depthOf = (set: SelectionSetNode, visiting: ReadonlySet<string>): number => {
    let max = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        const below = selection.selectionSet ? depthOf(selection.selectionSet, visiting) : 0;
        max = Math.max(max, (name === 'ofType' ? 0 : 1) + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(selection.selectionSet, visiting));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment === undefined || visiting.has(name)) continue;
        let depth = fragmentDepths.get(name);
        if (depth === undefined) {
          depth = depthOf(fragment.selectionSet, new Set([...visiting, name]));
          fragmentDepths.set(name, depth);
        }
        max = Math.max(max, depth);
      }
    }
    return max;
  };
  return depthOf(operation.selectionSet, new Set());
}

/** Aliased fields anywhere in the document (each one can repeat a whole selection). */
export function aliasCount(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    Field(node) {
      if (node.alias !== undefined) count += 1;
    },
  });
  return count;
}

const SIZE_ARGUMENTS = ['first', 'last', 'limit', 'pageSize'];

function argumentValue(node: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
      return Number(node.value);
    case Kind.STRING:
      return node.value;
    case Kind.LIST:
      return node.values.map((value) => argumentValue(value, variables));
    default:
      return undefined;
  }
}

function multiplier(
  field: FieldNode,
  definition: GraphQLField<unknown, unknown>,
  parent: GraphQLCompositeType,
  schema: GraphQLSchema,
  variables: Readonly<Record<string, unknown>>,
  defaultListSize: number,
): number {
  if (parent.name.startsWith('__')) {
    return introspectionSizes(schema).get(`${parent.name}.${definition.name}`) ?? 1;
  }
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

/**
 * What portal work the fields of a schema cause (portal-work.ts holds the facade's). Keys are
 * `Type.field`.
 */
export interface PortalWorkModel {
  /** Cost of one portal call made by a query field. */
  readonly readCost: number;
  /** Cost of one mutation root field (a portal write, often followed by a read). */
  readonly writeCost: number;
  /** Query root fields that make no portal call (every other root field is charged). */
  readonly freeRootFields: ReadonlySet<string>;
  /** Nested fields that make one portal call per object they appear on. */
  readonly nestedCalls: ReadonlySet<string>;
  /** Nested fields that make up to this many portal calls per object they appear on. */
  readonly nestedCallCounts?: ReadonlyMap<string, number>;
  /** Lists loaded in batches: ids per portal call. */
  readonly batchSizes: ReadonlyMap<string, number>;
  /**
   * The backend a `dialogId` argument names (e.g. `tg:chat:1` -> `tg`), undefined for the default
   * backend. Fields under a field asked with such a dialog id are charged that backend's counts.
   */
  readonly backendOfDialogId?: (dialogId: string) => string | undefined;
  /** Per backend: nested fields that make up to this many calls there (beats nestedCallCounts). */
  readonly backendCallCounts?: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export interface CostOptions {
  variables?: Readonly<Record<string, unknown>>;
  defaultListSize: number;
  portalWork?: PortalWorkModel;
}

interface Cost {
  fields: number;
  portal: number;
}

const ZERO: Cost = { fields: 0, portal: 0 };

function fieldDefinition(
  parent: GraphQLCompositeType,
  name: string,
  schema: GraphQLSchema,
): GraphQLField<unknown, unknown> | undefined {
  if (name === '__schema' && parent === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === '__type' && parent === schema.getQueryType()) return TypeMetaFieldDef;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Fragments,
  options: CostOptions,
): number {
  const variables = options.variables ?? {};
  const work = options.portalWork;
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  const fragmentCosts = new Map<string, Cost>();

  /** Portal calls made by this field itself, per object it appears on (under `backend`'s dialog id). */
  const ownCalls = (parent: GraphQLCompositeType, name: string, backend: string | undefined): number => {
    if (work === undefined || name.startsWith('__')) return 0;
    const key = `${parent.name}.${name}`;
    if (parent === root) {
      if (operation.operation === 'mutation') return work.writeCost;
      return work.freeRootFields.has(key) ? 0 : work.readCost;
    }
    const counted =
      (backend === undefined ? undefined : work.backendCallCounts?.get(backend)?.get(key)) ??
      work.nestedCallCounts?.get(key);
    if (counted !== undefined) return counted * work.readCost;
    return work.nestedCalls.has(key) ? work.readCost : 0;
  };

  /** The backend a field's `dialogId` argument names, else the enclosing one. */
  const backendOf = (selection: FieldNode, enclosing: string | undefined): string | undefined => {
    const arg = selection.arguments?.find((a) => a.name.value === 'dialogId');
    if (arg === undefined || work?.backendOfDialogId === undefined) return enclosing;
    const value = argumentValue(arg.value, variables);
    return typeof value === 'string' ? work.backendOfDialogId(value) : enclosing;
  };

  const costOf = (
    set: SelectionSetNode,
    parent: GraphQLCompositeType,
    visiting: ReadonlySet<string>,
    backend: string | undefined,
  ): Cost => {
    let fields = 0;
    let portal = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        const definition = fieldDefinition(parent, name, schema);
        if (definition === undefined) continue; // validation has already refused unknown fields
        const named = getNamedType(definition.type);
        const calls = ownCalls(parent, name, backend);
        if (!isCompositeType(named) || selection.selectionSet === undefined) {
          fields += 1;
          portal += calls;
          continue;
        }
        const inner = costOf(selection.selectionSet, named, visiting, backendOf(selection, backend));
        if (name === '__schema' || name === '__type') {
          fields += Math.ceil((1 + inner.fields) / INTROSPECTION_VALUES_PER_COST);
          continue;
        }
        // A Relay connection's `edges`/`nodes` list is as long as the connection's `first`, which
        // already multiplied this selection: counting it again would square the page size.
        const pageOfConnection = (name === 'edges' || name === 'nodes') && parent.name.endsWith('Connection');
        const times = pageOfConnection
          ? 1
          : multiplier(selection, definition, parent, schema, variables, options.defaultListSize);
        const batchSize = work?.batchSizes.get(`${parent.name}.${name}`);
        if (batchSize !== undefined) {
          const batches = Math.ceil(times / batchSize);
          fields += batches * (1 + inner.fields);
          portal += batches * calls + times * inner.portal;
        } else {
          fields += times * (1 + inner.fields);
          portal += calls + times * inner.portal;
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        const type = condition && isCompositeType(condition) ? condition : parent;
        const inner = costOf(selection.selectionSet, type, visiting, backend);
        fields += inner.fields;
        portal += inner.portal;
      } else {
        const fragmentName = selection.name.value;
        const fragment = fragments.get(fragmentName);
        if (fragment === undefined || visiting.has(fragmentName)) continue;
        const cacheKey = `${fragmentName}@${backend ?? ''}`;
        let inner = fragmentCosts.get(cacheKey);
        if (inner === undefined) {
          const condition = schema.getType(fragment.typeCondition.name.value);
          const type = condition && isCompositeType(condition) ? condition : parent;
          inner = costOf(fragment.selectionSet, type, new Set([...visiting, fragmentName]), backend);
          // A fragment on the root type charges root fields; its cost does not depend on where
          // it is spread otherwise, so it is computed once.
          fragmentCosts.set(cacheKey, inner);
        }
        fields += inner.fields;
        portal += inner.portal;
      }
    }
    return fields === 0 && portal === 0 ? ZERO : { fields, portal };
  };
  const total = costOf(operation.selectionSet, root, new Set(), undefined);
  return total.fields + total.portal;
}
