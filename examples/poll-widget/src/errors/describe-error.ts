/**
 * Turns what the facade answers into sentences a person can act on. Business outcomes come as typed
 * union members (code + message, ValidationFailed also names the field); infrastructure failures as
 * GraphQL errors with `extensions.code`; a facade that cannot be reached as a network error.
 */
import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

export interface UserErrorLike {
  __typename: string;
  code: string;
  message: string;
  field?: string | null;
}

export interface Problem {
  /** What happened, in the reader's words. */
  title: string;
  /** The facade's own explanation (it names the portal's reason where there is one). */
  detail?: string;
}

const TITLES: Record<string, string> = {
  ALREADY_VOTED: 'You have already voted with these answers.',
  REVOTE_NOT_ALLOWED: 'This poll does not allow changing a vote.',
  POLL_CLOSED: 'This poll is closed: it no longer takes votes.',
  POLL_NOT_FOUND: 'This poll does not exist (any more).',
  MESSAGE_NOT_FOUND: 'That message does not exist (any more).',
  CHAT_NOT_FOUND: 'That chat does not exist, or you are not a member of it.',
  PERMISSION_DENIED: 'You are not allowed to do that.',
  VOTE_REJECTED: 'The portal did not accept this vote.',
  LIMIT_EXCEEDED: 'Too many requests right now. Try again in a moment.',
  NOT_SUPPORTED: 'This chat cannot do that (for example, a Telegram poll never reopens).',
};

/** `input.answers.2` -> `answer 3`: the form's words, not the API's paths. */
export function fieldLabel(field: string): string {
  const answer = /^input\.answers\.(\d+)$/.exec(field);
  if (answer) return `answer ${Number(answer[1]) + 1}`;
  const named: Record<string, string> = {
    'input.question': 'the question',
    'input.answers': 'the answers',
    'input.dialogId': 'the chat',
    'input.answerIds': 'your choice',
    'input.choices': 'your choice',
  };
  return named[field] ?? field;
}

export function describeUserError(error: UserErrorLike): Problem {
  if (error.code === 'VALIDATION_FAILED') {
    const where = error.field ? ` Check ${fieldLabel(error.field)}.` : '';
    return { title: `That cannot be sent as it is.${where}`, detail: error.message };
  }
  return { title: TITLES[error.code] ?? 'That did not work.', detail: error.message };
}

const REQUEST_TITLES: Record<string, string> = {
  UNAUTHENTICATED: 'Your sign-in was not accepted. Sign out and sign in again.',
  FORBIDDEN: 'You are not allowed to see this.',
  BAD_USER_INPUT: 'That input is not valid.',
  PORTAL_UNAVAILABLE: 'The portal is not answering. Try again in a moment.',
  RATE_LIMITED: 'The portal is busy. Try again in a moment.',
};

/** A failed request (Apollo's error of a query or mutation). */
export function describeRequestError(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : '';
    return { title: REQUEST_TITLES[code] ?? 'The request failed.', detail: first?.message };
  }
  if (ServerError.is(error)) {
    return { title: `The facade answered HTTP ${error.statusCode}.`, detail: error.message };
  }
  return {
    title: 'The facade cannot be reached. Check your connection and try again.',
    detail: error instanceof Error ? error.message : undefined,
  };
}
