/**
 * A subscriber as a browser would be one: graphql-ws's own client over a real WebSocket to the
 * facade's /graphql. Events are queued; `next()` waits for the next one.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Received {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface Subscriber {
  client: Client;
  /** Waits for the next result of the subscription (a `next` message, or an `error` message's errors). */
  next(): Promise<Received>;
  /** Whether the server completed the subscription. */
  completed(): boolean;
  /** Ends the subscription (the socket stays open). */
  unsubscribe(): void;
  close(): Promise<void>;
}

export function wsUrlOf(graphqlUrl: string): string {
  return graphqlUrl.replace(/^http/, 'ws');
}

export function liveClient(graphqlUrl: string, connectionParams: Record<string, unknown>): Client {
  return createClient({
    url: wsUrlOf(graphqlUrl),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
}

export function subscribeWith(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Subscriber {
  const queue: Received[] = [];
  const waiting: ((value: Received) => void)[] = [];
  let done = false;
  const deliver = (value: Received) => {
    const waiter = waiting.shift();
    if (waiter) waiter(value);
    else queue.push(value);
  };
  const dispose = client.subscribe(
    { query, variables },
    {
      next: (value) => deliver(value as Received),
      error: (error) => {
        done = true;
        deliver({
          errors: Array.isArray(error)
            ? error
            : [
                {
                  message: String((error as any)?.reason ?? error),
                  extensions: { closeCode: (error as any)?.code },
                },
              ],
        });
      },
      complete: () => {
        done = true;
      },
    },
  );
  return {
    client,
    next: () => {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve) => waiting.push(resolve));
    },
    completed: () => done,
    unsubscribe: dispose,
    close: () => client.dispose() as Promise<void>,
  };
}

export function subscribe(
  graphqlUrl: string,
  userId: number,
  query: string,
  variables: Record<string, unknown> = {},
): Subscriber {
  return subscribeWith(
    liveClient(graphqlUrl, { Authorization: `Bearer dev-token-${userId}` }),
    query,
    variables,
  );
}

/** Opens a raw socket with the graphql-ws subprotocol, sends connection_init, and reports how it ends. */
export function rawConnect(
  graphqlUrl: string,
  payload: Record<string, unknown>,
): Promise<{ ack: boolean; closeCode?: number; reason?: string; socket: WebSocket }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrlOf(graphqlUrl), 'graphql-transport-ws');
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string };
      if (message.type === 'connection_ack') resolve({ ack: true, socket });
    });
    socket.on('close', (code, reason) =>
      resolve({ ack: false, closeCode: code, reason: String(reason), socket }),
    );
    socket.on('error', reject);
  });
}

export const POLL_RESULTS = `
  subscription PollResults($ids: [ID!]!) {
    pollResults(ids: $ids) {
      source
      poll {
        __typename id finished totalVotes
        questions { answers { answerId votes } }
        viewer { id canVote canRevote hasVoted myAnswers { questionId answerIds } }
      }
    }
  }
`;
