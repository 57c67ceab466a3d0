/**
 * GraphQL request metrics. The Apollo plugin notes the operation type; the first UserError a root
 * field returned is noted on the RequestRecord by the result unions themselves (when they resolve
 * the member type), so no per-field hook runs. The HTTP server reports each /graphql request once
 * its response is out (so requests refused before Apollo runs, e.g. UNAUTHENTICATED from the
 * context, count too).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { RequestRecord } from '../request-record.js';
import { LabelBound } from './label-bounds.js';
import { codeLabel } from './portal-metrics.js';

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

interface Seen {
  operationType: string;
}

export class GraphQLMetrics {
  private readonly seen = new WeakMap<RequestRecord, Seen>();
  private readonly requests;
  private readonly duration;
  private readonly codes = new LabelBound();

  constructor(registry: Registry) {
    this.requests = new Counter({
      registers: [registry],
      name: 'b24facade_graphql_requests_total',
      help: 'GraphQL requests by operation type and outcome (ok, user_error, graphql_error) with the UserError or extensions code.',
      labelNames: ['operation_type', 'outcome', 'code'],
    });
    this.duration = new Histogram({
      registers: [registry],
      name: 'b24facade_graphql_request_duration_seconds',
      help: 'Duration of GraphQL HTTP requests, from the first byte in to the last byte out.',
      labelNames: ['operation_type'],
      buckets: DURATION_BUCKETS,
    });
  }

  /** `recordOf`: the request's record in a GraphQL context (the kernel knows how to find it). */
  plugin<TContext extends object>(
    recordOf: (context: TContext) => RequestRecord | undefined,
  ): ApolloServerPlugin<TContext> {
    const seen = this.seen;
    return {
      async requestDidStart({ contextValue }) {
        const record = recordOf(contextValue);
        if (record === undefined) return {};
        const state: Seen = { operationType: 'unknown' };
        seen.set(record, state);
        return {
          async didResolveOperation({ operation }) {
            state.operationType = operation?.operation ?? 'unknown';
          },
        };
      },
    };
  }

  /** Called once the response of a /graphql request is sent. */
  finish(record: RequestRecord, status: number, seconds: number): void {
    const state = this.seen.get(record);
    const errorCode = record.errorCodes[0];
    let outcome: string;
    let code = '';
    if (errorCode !== undefined) {
      outcome = 'graphql_error';
      code = codeLabel(errorCode);
    } else if (record.userErrorCode !== undefined) {
      outcome = 'user_error';
      code = codeLabel(record.userErrorCode);
    } else if (state !== undefined && status < 400) {
      outcome = 'ok';
    } else if (status >= 400) {
      // Refused before any operation ran (CSRF, body too large, bad JSON).
      outcome = 'graphql_error';
      code = `HTTP_${status}`;
    } else {
      return; // the Sandbox landing page, not a GraphQL request
    }
    const operationType = state?.operationType ?? 'unknown';
    this.requests.inc({ operation_type: operationType, outcome, code: this.codes.of(code) });
    this.duration.observe({ operation_type: operationType }, seconds);
  }
}
