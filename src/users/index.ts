/** What other features may use of users: the `User` type and its global id. */
export { UserObject } from './user.types.js';
export { userGlobalId } from './user-id.js';
