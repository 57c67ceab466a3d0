/**
 * Open Channel connector operations. They need an application (OAuth) context (docs/bitrix24-contract.md §8), so
 * they run with, in order of preference:
 * - the application's own token (BITRIX24_APP_*), in any mode, webhook mode included;
 * - the caller's own OAuth token (OAuth and emulator modes: also an application context);
 * - nothing: in webhook mode without app credentials they are refused with FORBIDDEN before any
 *   portal call (the portal would answer WRONG_AUTH_TYPE).
 * The caller's identity is required first in every case: an unauthenticated request never borrows
 * the server's token.
 */
import { asGraphQLFailure } from '../graphql-errors/not-visible.js';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { badUserInput, facadeError } from '../graphql-errors/facade-errors.js';
import { failureToUserError } from '../graphql-errors/failure-to-user-error.js';
import { BackendFailure } from '../outcomes/backend-failure.js';
import { ValidationFailed, type UserError } from '../graphql-errors/user-error.types.js';
import type { GraphQLContext } from '../graphql/context.js';
import { claimExternalId, releaseClaims, type ConnectorClaim } from './connector-fingerprints.js';
import {
  checkBatchSize,
  checkConnectorId,
  checkPublicUrl,
  checkLine,
  checkMessage,
  toOutgoing,
} from './connector-validation.js';
import {
  ActivateConnectorInput,
  RegisterConnectorInput,
  SendConnectorMessagesInput,
  SetConnectorDataInput,
} from './connector.inputs.js';
import { CONNECTOR_BACKEND } from './connector.backend.js';
import {
  ConnectorLineState,
  ConnectorMessageDelivered,
  ConnectorMessageFailed,
  ConnectorSetupResult,
  ConnectorSetupSuccess,
  SendConnectorMessagesResult,
  SendConnectorMessagesSuccess,
} from './connector.types.js';

const SVG_DATA_URI = 'data:image/svg+xml,';

/**
 * The portal wants the icon as `data:image/svg+xml,<URL-encoded SVG>` (docs/bitrix24-contract.md §8.1). Callers may
 * give that data URI, or the SVG markup itself, which is encoded here; anything else is refused.
 */
function iconDataUri(icon: string): string | null {
  const trimmed = icon.trim();
  if (trimmed.startsWith(SVG_DATA_URI)) return trimmed;
  if (/^(<\?xml[^>]*>\s*)?<svg[\s>]/i.test(trimmed) && /<\/svg>$/i.test(trimmed)) {
    return SVG_DATA_URI + encodeURIComponent(trimmed);
  }
  return null;
}

/** Checked before validation: an identity, and some application context to act in. */
function requireApplicationToken(ctx: GraphQLContext): void {
  if (ctx.identity.mode === 'webhook' && !ctx.hasAppCredential) {
    throw facadeError(
      'FORBIDDEN',
      'Open Channel connector methods need an application (OAuth) token; a webhook cannot call them. Configure BITRIX24_APP_CLIENT_ID, BITRIX24_APP_CLIENT_SECRET and BITRIX24_APP_REFRESH_TOKEN.',
      { reason: 'APPLICATION_TOKEN_REQUIRED' },
    );
  }
}

const setupSuccess = (connector: string, line: number | null) =>
  Object.assign(new ConnectorSetupSuccess(), { connector, line });

@Resolver()
export class ConnectorResolver {
  @Mutation(() => SendConnectorMessagesResult, {
    description:
      'Delivers external messages into an Open Channel (imconnector.send.messages): one result per message, in order. A repeated externalMessageId is delivered once.',
  })
  async sendConnectorMessages(
    @Arg('input', () => SendConnectorMessagesInput, {
      description: 'The connector, the line and the messages to deliver.',
    })
    input: SendConnectorMessagesInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SendConnectorMessagesSuccess | UserError> {
    requireApplicationToken(ctx);
    const refused =
      checkConnectorId(input.connector, 'input.connector') ??
      checkLine(input.line, 'input.line') ??
      checkBatchSize(input.messages.length);
    if (refused) return refused;
    const results: Array<ConnectorMessageDelivered | ConnectorMessageFailed> = [];
    const toSend: Array<{ index: number; externalMessageId: string; claim: ConnectorClaim }> = [];
    const connectors = ctx.backend(CONNECTOR_BACKEND);
    // In order: a second message with the same id in this batch sees the first one's claim.
    for (const [index, m] of input.messages.entries()) {
      const invalid = checkMessage(m, index);
      const claim = invalid
        ? null
        : await claimExternalId(
            ctx.state.connectorMessageIds,
            connectors.origin,
            input.connector,
            input.line,
            m.externalMessageId,
            toOutgoing(m),
          );
      const refusal =
        invalid ??
        (claim === null
          ? new ValidationFailed(
              `input.messages.${index}.externalMessageId`,
              'This external message id was already used for a different message; the portal would drop this one. Use a new id for new content.',
              'reusedWithDifferentContent',
            )
          : null);
      if (refusal || claim === null) {
        results[index] = Object.assign(new ConnectorMessageFailed(), {
          externalMessageId: m.externalMessageId,
          reasons: [refusal?.message ?? ''],
          invalidField: refusal?.field ?? null,
        });
      } else toSend.push({ index, externalMessageId: m.externalMessageId, claim });
    }
    if (toSend.length > 0) {
      let outcomes;
      try {
        const outgoing = toSend.map(({ index }) => toOutgoing(input.messages[index]!));
        outcomes = await connectors.sendMessages(input.connector, input.line, outgoing);
      } catch (e) {
        // Refused as a whole (not an unknown outcome): nothing was delivered, the ids stay free.
        if (e instanceof BackendFailure && !e.outcomeUnknown)
          await releaseClaims(
            ctx.state.connectorMessageIds,
            toSend.map((s) => s.claim),
          );
        return failureToUserError(e);
      }
      for (const [i, { index, externalMessageId, claim }] of toSend.entries()) {
        const outcome = outcomes[i]!;
        if (!outcome.ok) await releaseClaims(ctx.state.connectorMessageIds, [claim]);
        results[index] = outcome.ok
          ? Object.assign(new ConnectorMessageDelivered(), {
              externalMessageId,
              sessionId: outcome.sessionId,
              chatId: outcome.chatId,
              userId: outcome.userId,
            })
          : Object.assign(new ConnectorMessageFailed(), {
              externalMessageId,
              reasons: outcome.errors,
              invalidField: null,
            });
      }
    }
    const delivered = results.filter((r) => r instanceof ConnectorMessageDelivered).length;
    return Object.assign(new SendConnectorMessagesSuccess(), {
      results,
      deliveredCount: delivered,
      failedCount: results.length - delivered,
    });
  }

  @Mutation(() => ConnectorSetupResult, {
    description: 'Registers (or updates) a connector of this application (imconnector.register).',
  })
  async registerConnector(
    @Arg('input', () => RegisterConnectorInput, { description: 'The connector to register.' })
    input: RegisterConnectorInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConnectorSetupSuccess | UserError> {
    requireApplicationToken(ctx);
    const refused = checkConnectorId(input.id, 'input.id');
    if (refused) return refused;
    if (input.name.trim() === '')
      return new ValidationFailed('input.name', 'A name is required.', 'required');
    const dataImage = iconDataUri(input.iconSvg);
    if (dataImage === null) {
      return new ValidationFailed(
        'input.iconSvg',
        `Give the icon as SVG markup (<svg ...>...</svg>) or a "${SVG_DATA_URI}" data URI.`,
        'pattern',
      );
    }
    const badHandler = checkPublicUrl(input.placementHandler, 'input.placementHandler');
    if (badHandler) return badHandler;
    try {
      await ctx.backend(CONNECTOR_BACKEND).register({
        id: input.id,
        name: input.name,
        icon: { dataImage, ...(input.iconColor ? { color: input.iconColor } : {}) },
        placementHandler: input.placementHandler,
        ...(input.chatGroup != null ? { chatGroup: input.chatGroup } : {}),
      });
      return setupSuccess(input.id, null);
    } catch (e) {
      return failureToUserError(e);
    }
  }

  @Mutation(() => ConnectorSetupResult, {
    description: 'Turns a connector on or off for one Open Channel line (imconnector.activate).',
  })
  async activateConnector(
    @Arg('input', () => ActivateConnectorInput, { description: 'The connector, the line and the new state.' })
    input: ActivateConnectorInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConnectorSetupSuccess | UserError> {
    requireApplicationToken(ctx);
    const refused =
      checkConnectorId(input.connector, 'input.connector') ?? checkLine(input.line, 'input.line');
    if (refused) return refused;
    try {
      await ctx.backend(CONNECTOR_BACKEND).activate(input.connector, input.line, input.active);
      return setupSuccess(input.connector, input.line);
    } catch (e) {
      return failureToUserError(e);
    }
  }

  @Mutation(() => ConnectorSetupResult, {
    description: 'Sets the external channel of a connector line (imconnector.connector.data.set).',
  })
  async setConnectorData(
    @Arg('input', () => SetConnectorDataInput, {
      description: 'The connector, the line and the external channel.',
    })
    input: SetConnectorDataInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConnectorSetupSuccess | UserError> {
    requireApplicationToken(ctx);
    const refused =
      checkConnectorId(input.connector, 'input.connector') ??
      checkLine(input.line, 'input.line') ??
      (input.channelId.trim() === ''
        ? new ValidationFailed('input.channelId', 'A channel id is required.', 'required')
        : null) ??
      checkPublicUrl(input.url, 'input.url') ??
      checkPublicUrl(input.operatorUrl, 'input.operatorUrl');
    if (refused) return refused;
    try {
      await ctx.backend(CONNECTOR_BACKEND).setData(input.connector, input.line, {
        id: input.channelId,
        ...(input.url ? { url: input.url } : {}),
        ...(input.operatorUrl ? { urlIm: input.operatorUrl } : {}),
        ...(input.name ? { name: input.name } : {}),
      });
      return setupSuccess(input.connector, input.line);
    } catch (e) {
      return failureToUserError(e);
    }
  }

  @Query(() => ConnectorLineState, {
    description: 'Whether a connector is set up and on for a line (imconnector.status).',
  })
  async connectorStatus(
    @Arg('connector', { description: 'The connector id.' }) connector: string,
    @Arg('line', () => Int, { description: 'The Open Channel (line) id.' }) line: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConnectorLineState> {
    // A query has no ValidationFailed member: bad arguments are BAD_USER_INPUT, before the portal.
    const bad = checkConnectorId(connector, 'connector') ?? checkLine(line, 'line');
    if (bad) {
      throw badUserInput(bad.message, 'INVALID_ARGUMENT', { field: bad.field, constraint: bad.constraint });
    }
    requireApplicationToken(ctx);
    try {
      const status = await ctx.backend(CONNECTOR_BACKEND).status(connector, line);
      return Object.assign(new ConnectorLineState(), {
        connector: status.connector,
        line: status.line,
        configured: status.configured,
        active: status.active,
        error: status.error,
      });
    } catch (e) {
      throw asGraphQLFailure(e);
    }
  }
}
