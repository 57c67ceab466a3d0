/** The global id of a user (minted by graphql/global-id.ts). */
import { toGlobalId } from '../graphql/global-id.js';

export const userGlobalId = (userId: number): string => toGlobalId('User', userId);
