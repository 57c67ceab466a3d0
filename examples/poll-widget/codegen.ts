/**
 * GraphQL Code Generator for the widget: typed documents from the `graphql(...)` calls next to the
 * components (client preset) and the union/interface map Apollo's cache needs (fragment-matcher).
 * Offline: it reads the facade's committed schema file, never a running server.
 *   npm run codegen
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Plain result types: components read the fields they selected without useFragment().
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // `__typename` on every object type, so a `switch (result.__typename)` is exhaustive.
        nonOptionalTypename: true,
        scalars: { ID: 'string' },
      },
    },
    // Which types implement UserError and belong to each result union. Without it Apollo's cache
    // cannot match `... on UserError { code message }` and silently drops those fields.
    'src/gql/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
  },
};

export default config;
