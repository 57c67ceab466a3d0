/**
 * Refuses ill-formed text in the arguments of every root field, before its resolver runs (so
 * before any portal call): a NUL character, or a lone UTF-16 surrogate (half of an emoji, which
 * JSON allows as `\ud83d` but no portal can store, and which once made the portal client's query
 * encoder throw for every call sharing its batch). A mutation whose result union has
 * ValidationFailed answers with it, naming the field (`input.messages.0.text`); any other field
 * gets BAD_USER_INPUT with `details.field`. Wrapping the root resolvers once costs nothing on
 * nested fields.
 */
import { isObjectType, isUnionType, getNullableType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { badUserInput } from '../graphql-errors/facade-errors.js';
import { ValidationFailed } from '../graphql-errors/user-error.types.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first ill-formed string in `value`, or undefined. */
export function illFormedText(value: unknown, path: string): { path: string; problem: string } | undefined {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return { path, problem: 'contains a NUL character' };
    if (LONE_SURROGATE.test(value))
      return { path, problem: 'contains a lone UTF-16 surrogate (half a character)' };
    return undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = illFormedText(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = illFormedText(inner, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

function answersWithValidationFailed(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNullableType(field.type);
  return isUnionType(type) && type.getTypes().some((member) => member.name === 'ValidationFailed');
}

export function guardRootArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root || !isObjectType(root)) continue;
    for (const field of Object.values(root.getFields())) {
      const resolve = field.resolve;
      if (resolve === undefined || field.args.length === 0) continue;
      const typed = answersWithValidationFailed(field);
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        for (const [name, value] of Object.entries(args)) {
          const found = illFormedText(value, name);
          if (found === undefined) continue;
          const message = `${found.path} ${found.problem}.`;
          if (typed) return new ValidationFailed(found.path, message, 'wellFormedText');
          throw badUserInput(message, 'ILL_FORMED_TEXT', { field: found.path });
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
