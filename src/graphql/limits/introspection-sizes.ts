/**
 * How long the introspection lists of one schema really are, for the cost model. Introspection
 * answers come from memory, but they are not free: `__schema { types { fields { ... } } }` under
 * thousands of aliases once produced a half-gigabyte answer. So introspection fields are costed
 * like any other field, with the list sizes this schema actually has (averaged over the entries
 * that can have such a list, at least 1), and computed once per schema.
 */
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';

/** `__Type.fields` → average count, etc.; keys are `<IntrospectionType>.<field>`. */
export type IntrospectionSizes = ReadonlyMap<string, number>;

const cache = new WeakMap<GraphQLSchema, IntrospectionSizes>();

function mean(counts: number[]): number {
  if (counts.length === 0) return 1;
  return Math.max(1, Math.ceil(counts.reduce((a, b) => a + b, 0) / counts.length));
}

export function introspectionSizes(schema: GraphQLSchema): IntrospectionSizes {
  const known = cache.get(schema);
  if (known !== undefined) return known;
  const types = Object.values(schema.getTypeMap());
  const fieldCounts: number[] = [];
  const argCounts: number[] = [];
  const inputFieldCounts: number[] = [];
  const enumValueCounts: number[] = [];
  const interfaceCounts: number[] = [];
  const possibleTypeCounts: number[] = [];
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type)) {
      const fields = Object.values(type.getFields());
      fieldCounts.push(fields.length);
      for (const field of fields) argCounts.push(field.args.length);
      interfaceCounts.push(type.getInterfaces().length);
    }
    if (isInterfaceType(type) || isUnionType(type)) {
      possibleTypeCounts.push(schema.getPossibleTypes(type).length);
    }
    if (isInputObjectType(type)) inputFieldCounts.push(Object.keys(type.getFields()).length);
    if (isEnumType(type)) enumValueCounts.push(type.getValues().length);
  }
  const directives = schema.getDirectives();
  for (const directive of directives) argCounts.push(directive.args.length);
  const sizes = new Map<string, number>([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', mean(fieldCounts)],
    ['__Type.interfaces', mean(interfaceCounts)],
    ['__Type.possibleTypes', mean(possibleTypeCounts)],
    ['__Type.enumValues', mean(enumValueCounts)],
    ['__Type.inputFields', mean(inputFieldCounts)],
    ['__Field.args', mean(argCounts)],
    ['__Directive.args', mean(argCounts)],
  ]);
  cache.set(schema, sizes);
  return sizes;
}
