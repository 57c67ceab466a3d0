/**
 * Every type, field, argument, enum value and input field of the built schema has a description:
 * the schema is the API's documentation (Apollo Sandbox, generated client types), so a gap is a bug.
 */
import 'reflect-metadata';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { buildFacadeSchema } from '../../../../src/app/schema.js';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const need = (path: string, description: string | null | undefined) => {
    if (description == null || description.trim() === '') missing.push(path);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    // The root operation types are containers; their fields carry the documentation.
    if (!ROOT_TYPES.has(type.name)) need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        need(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing.sort();
}

describe('schema descriptions', () => {
  it('describes every type, field, argument, enum value and input field', async () => {
    expect(undescribed(await buildFacadeSchema())).toEqual([]);
  });
});
