/**
 * Import boundaries (`npm run check:boundaries`, run by .ci/run). The layers, top to bottom:
 *   app (composition root, main.ts) -> http -> graphql (kernel) -> features -> backends -> upstream
 * with config/ and outcomes/ leaves everything may read, observability/ and graphql-errors/ shared below the kernel,
 * and the emulators standing alone. docs/architecture.md §1 explains each layer.
 * Type-only imports count too (tsPreCompilationDeps): a type is a dependency of the design.
 */
const FEATURES = '(polls|chats|bot-messages|connector|node|viewer|users|live)';

/** @type {import('dependency-cruiser').IConfiguration} */
// eslint-disable-next-line no-undef -- a CommonJS config file (dependency-cruiser loads .cjs)
module.exports = {
  forbidden: [
    {
      name: 'config-is-a-leaf',
      comment:
        'config/ turns the environment into one typed Config; it imports nothing of ours outside config/.',
      severity: 'error',
      from: { path: '^src/config/' },
      to: { path: '^src/', pathNot: '^src/config/' },
    },
    {
      name: 'emulators-stand-alone',
      comment:
        'An emulator is a stand-in for an upstream; it imports nothing of the facade (nor the other emulator), only the helpers both emulators share (src/emulators/*.ts).',
      severity: 'error',
      from: { path: '^src/emulators/([^/]+)/' },
      to: { path: '^src/', pathNot: ['^src/emulators/$1/', '^src/emulators/[^/]+\\.ts$'] },
    },
    {
      name: 'facade-does-not-import-emulators',
      comment:
        'Only the composition root starts an emulator (emulator mode); features and backends never see one.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/emulators/', '^src/app/', '^src/main\\.ts$'] },
      to: { path: '^src/emulators/' },
    },
    {
      name: 'backends-know-no-graphql',
      comment:
        'A backend speaks its upstream and the feature ports; no GraphQL library, kernel, error union or feature internals.',
      severity: 'error',
      from: { path: '^src/backends/' },
      to: {
        path: [
          '^node_modules/(graphql|type-graphql|@apollo|graphql-scalars)/',
          '^src/(app|http|graphql|graphql-errors|observability)/',
          `^src/${FEATURES}/`,
        ],
        // What a backend may use of a feature: its port (the interface it implements) and the
        // backend-neutral model types the port speaks.
        pathNot: `^src/${FEATURES}/[^/]+\\.(backend|model)\\.ts$`,
      },
    },
    {
      name: 'kernel-imports-no-feature',
      comment: 'graphql/ is the kernel every feature uses; features register with it, it never imports them.',
      severity: 'error',
      from: { path: '^src/graphql/' },
      to: { path: [`^src/${FEATURES}/`, '^src/(app|http)/'] },
    },
    {
      name: 'errors-are-backend-neutral',
      comment: 'graphql-errors/ maps outcomes to GraphQL; it knows no backend, feature, kernel or edge.',
      severity: 'error',
      from: { path: '^src/graphql-errors/' },
      to: { path: [`^src/${FEATURES}/`, '^src/(app|http|graphql|backends)/'] },
    },
    {
      name: 'features-stay-below-the-edge',
      comment: 'A feature never imports the composition root or the HTTP edge.',
      severity: 'error',
      from: { path: `^src/${FEATURES}/` },
      to: { path: '^src/(app|http)/|^src/main\\.ts$' },
    },
    {
      name: 'features-use-each-other-by-index-only',
      comment: "A feature may import another feature's public index.ts, never its internals.",
      severity: 'error',
      from: { path: `^src/${FEATURES}/` },
      to: { path: `^src/${FEATURES}/`, pathNot: ['^src/$1/', `^src/${FEATURES}/index\\.ts$`] },
    },
    {
      name: 'features-see-ports-not-backends',
      comment:
        'A feature depends on its port (e.g. polls/poll.backend.ts); the composition root hands it an adapter.',
      severity: 'error',
      from: { path: `^src/${FEATURES}/` },
      to: { path: '^src/backends/' },
    },
    {
      name: 'http-imports-no-feature',
      comment: 'The node:http edge routes requests; it knows no feature and not the composition root.',
      severity: 'error',
      from: { path: '^src/http/' },
      to: { path: [`^src/${FEATURES}/`, '^src/app/'] },
    },
    {
      name: 'observability-is-low',
      comment:
        'Logger and metrics are used by every layer; they import only config/ and backend observer types.',
      severity: 'error',
      from: { path: '^src/observability/' },
      to: { path: [`^src/${FEATURES}/`, '^src/(app|http|graphql)/'] },
    },
    {
      name: 'outcomes-are-a-leaf',
      comment:
        'outcomes/ holds the closed outcome codes (business UserErrorCode, infrastructure codes) that every backend maps its upstream errors to; it imports nothing of ours.',
      severity: 'error',
      from: { path: '^src/outcomes/' },
      to: { path: '^src/', pathNot: '^src/outcomes/' },
    },
    {
      name: 'state-is-low',
      comment: 'Shared state (memory or Redis) is a store; it imports only config/.',
      severity: 'error',
      from: { path: '^src/state/' },
      to: { path: '^src/', pathNot: ['^src/state/', '^src/config/'] },
    },
    {
      name: 'validation-is-low',
      comment: 'Shared input rules are pure functions; they import no layer above them.',
      severity: 'error',
      from: { path: '^src/validation/' },
      to: { path: [`^src/${FEATURES}/`, '^src/(app|http|graphql|backends)/'] },
    },
    {
      name: 'only-main-imports-the-root',
      comment: 'The composition root wires everything; nothing but main.ts (and tests, benches) imports it.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/app/', '^src/main\\.ts$'] },
      to: { path: '^src/app/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
