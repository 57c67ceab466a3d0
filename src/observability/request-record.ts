/**
 * What the request log line and the request metrics need to know about one HTTP request, filled in
 * as the request goes along (the GraphQL context writes the subject, operation and error codes).
 */
export interface RequestRecord {
  readonly requestId: string;
  subject?: string;
  operationName?: string;
  errorCodes: string[];
  /** What the portal answered when a portal failure reached the client (first such error). */
  portalFailure?: { method?: unknown; code?: unknown; httpStatus?: unknown };
  /** The first UserError code a root field returned (a business outcome, not a failure). */
  userErrorCode?: string;
}
