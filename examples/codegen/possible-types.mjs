/**
 * A tiny local codegen plugin: writes `possibleTypes` (which object types belong to each union and
 * interface) for Apollo's InMemoryCache. Without it the cache cannot tell that `PollClosed` matches
 * `... on UserError` and silently drops `code` and `message` from the result.
 * (The community fragment-matcher plugin does the same; this avoids one more dependency.)
 */
import { isInterfaceType, isUnionType } from 'graphql';

export const plugin = (schema) => {
  const possibleTypes = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isUnionType(type) || isInterfaceType(type)) {
      possibleTypes[type.name] = schema
        .getPossibleTypes(type)
        .map((member) => member.name)
        .sort();
    }
  }
  const sorted = Object.fromEntries(Object.entries(possibleTypes).sort(([a], [b]) => a.localeCompare(b)));
  return [
    '/* eslint-disable */',
    '/** For `new InMemoryCache({ possibleTypes })`: the members of every union and interface. */',
    `export const possibleTypes: Record<string, string[]> = ${JSON.stringify(sorted, null, 2)};`,
    '',
  ].join('\n');
};
