/** The error model (docs/architecture.md §5): GraphQL error codes, UserError types, result unions, formatError and the one failure -> UserError path; backend-neutral (each backend maps its own errors onto src/outcomes/). */
export * from '../outcomes/error-codes.js';
export * from './user-error-code.js';
export * from './user-error.types.js';
export * from './result-union.js';
export * from './facade-errors.js';
export * from './format-error.js';
export * from './failure-to-user-error.js';
export * from './not-visible.js';
