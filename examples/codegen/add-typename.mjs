/**
 * Codegen document transform: adds `__typename` to every selection set, as Apollo Client does to
 * what it sends. Needed for trusted documents: the client sends only the hash, the server runs the
 * manifest's text, and Apollo's cache matches fragments and union members by `__typename`.
 */
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

export const transform = addTypenameSelectionDocumentTransform.transform;
