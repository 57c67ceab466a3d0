/**
 * The operation span: an Apollo plugin using only requestDidStart, didResolveOperation and
 * willSendResponse (a per-field hook would cost every resolved field time). The span is kept per
 * request record (the HTTP handler's AsyncLocalStorage scope), so portal calls and batches made
 * under that request find their parent without the OpenTelemetry context manager. A W3C
 * `traceparent` header from the client, when valid, makes the operation part of the client's trace.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type TextMapGetter,
  type Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { RequestRecord } from '../../request-record.js';
import { requestScope } from '../../request-scope.js';

/** Operation spans by request record; a record that is gone takes its entry with it. */
export class OperationSpans {
  private readonly spans = new WeakMap<RequestRecord, Span>();

  set(record: RequestRecord, span: Span): void {
    this.spans.set(record, span);
  }

  /** The context to start a child of the current request's operation in (root when none). */
  current(): Context {
    const record = requestScope.getStore();
    const span = record === undefined ? undefined : this.spans.get(record);
    return span === undefined ? ROOT_CONTEXT : trace.setSpan(ROOT_CONTEXT, span);
  }
}

const headerGetter: TextMapGetter<Map<string, string>> = {
  get: (carrier, key) => carrier.get(key),
  keys: (carrier) => [...carrier.keys()],
};

export function operationPlugin(tracer: Tracer, spans: OperationSpans): ApolloServerPlugin<object> {
  const propagator = new W3CTraceContextPropagator();
  return {
    async requestDidStart({ request }) {
      const record = requestScope.getStore();
      const headers = request.http?.headers;
      const parent =
        headers === undefined ? ROOT_CONTEXT : propagator.extract(ROOT_CONTEXT, headers, headerGetter);
      const span = tracer.startSpan(
        'GraphQL operation',
        {
          kind: SpanKind.SERVER,
          attributes: record === undefined ? {} : { 'facade.request_id': record.requestId },
        },
        parent,
      );
      if (record !== undefined) spans.set(record, span);
      return {
        async didResolveOperation({ operation, operationName }) {
          if (operation === undefined) return;
          span.setAttribute('graphql.operation.type', operation.operation);
          // A GraphQL name (letters, digits, _): never a value the client sent as an argument.
          if (operationName) span.setAttribute('graphql.operation.name', operationName);
          span.updateName(operationName ? `${operation.operation} ${operationName}` : operation.operation);
        },
        async willSendResponse({ response }) {
          const codes: string[] = [];
          if (response.body.kind === 'single') {
            for (const error of response.body.singleResult.errors ?? []) {
              const code = error.extensions?.['code'];
              if (typeof code === 'string' && !codes.includes(code)) codes.push(code);
            }
          }
          const userError = record?.userErrorCode;
          // Codes only: error messages may quote what the client or the portal sent.
          if (codes.length > 0) {
            span.setAttribute('facade.outcome', 'error');
            span.setAttribute('facade.error_codes', codes);
            span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') });
          } else {
            span.setAttribute('facade.outcome', userError === undefined ? 'ok' : 'user_error');
          }
          if (userError !== undefined) span.setAttribute('facade.user_error_code', userError);
          span.end();
        },
      };
    },
  };
}
