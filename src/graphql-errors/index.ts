/** The error model (docs/architecture.md §5): GraphQL error codes, UserError types, the portal error table. */
export * from '../outcomes/error-codes.js';
export * from './user-error-code.js';
export * from './user-error.types.js';
export * from './result-union.js';
export * from './portal-error-map.js';
export * from './classify-portal-error.js';
export * from './facade-errors.js';
export * from './format-error.js';
