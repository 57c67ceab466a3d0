/**
 * A UserError outside its result union becomes the coded GraphQL error its failure stands for,
 * never an INTERNAL_SERVER_ERROR ("must resolve to an Object type"): checked on a small schema
 * executed end to end, and on the facade's own unions through their resolveType.
 */
import 'reflect-metadata';
import { graphql, type GraphQLSchema, type GraphQLUnionType } from 'graphql';
import { buildSchema, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { BOT_FAILURE } from '../../../src/bot-messages/bot-failure.js';
import { failureToUserError } from '../../../src/graphql-errors/failure-to-user-error.js';
import { createResultUnion } from '../../../src/graphql-errors/result-union.js';
import { UserErrorCode } from '../../../src/graphql-errors/user-error-code.js';
import {
  ChatNotFound,
  MessageNotFound,
  PermissionDenied,
  ValidationFailed,
} from '../../../src/graphql-errors/user-error.types.js';
import { PortalError } from '../../../src/backends/bitrix24/portal-error.js';
import { buildFacadeSchema } from '../../../src/app/schema.js';

const portalError = (code: string, method: string) =>
  new PortalError({
    code,
    method,
    description: 'refused',
    httpStatus: 400,
    transport: false,
    outcomeUnknown: false,
  });

@ObjectType({ description: 'Test success.' })
class GuardTestSuccess {
  @Field({ description: 'Always true.' })
  ok!: boolean;
}

const GuardTestResult = createResultUnion({
  name: 'GuardTestResult',
  description: 'Test union.',
  types: () => [GuardTestSuccess, ValidationFailed],
});

@Resolver()
class GuardTestResolver {
  @Query({ description: 'A schema needs a query.' })
  ping(): boolean {
    return true;
  }

  @Mutation(() => GuardTestResult, { description: 'Returns a member.' })
  member(): GuardTestSuccess | ValidationFailed {
    return new ValidationFailed('input.x', 'Bad x.');
  }

  @Mutation(() => GuardTestResult, { description: 'Returns a UserError from a portal failure.' })
  fromPortal(): unknown {
    // ACCESS_ERROR (im.*) is ChatNotFound, which this union does not hold.
    return failureToUserError(portalError('ACCESS_ERROR', 'im.chat.user.add'));
  }

  @Mutation(() => GuardTestResult, { description: 'Returns a UserError made without a portal failure.' })
  madeHere(): unknown {
    return new PermissionDenied();
  }
}

describe('createResultUnion', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildSchema({ resolvers: [GuardTestResolver], validate: false });
  });

  it('resolves a member type as usual', async () => {
    const result = await graphql({
      schema,
      source: 'mutation { member { __typename ... on ValidationFailed { field } } }',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ member: { __typename: 'ValidationFailed', field: 'input.x' } });
  });

  it('raises the portal failure behind an out-of-union UserError as its coded GraphQL error', async () => {
    const result = await graphql({ schema, source: 'mutation { fromPortal { __typename } }' });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: UserErrorCode.CHAT_NOT_FOUND,
      portal: { method: 'im.chat.user.add', code: 'ACCESS_ERROR' },
    });
  });

  it('maps an out-of-union UserError without a portal cause by its code', async () => {
    const result = await graphql({ schema, source: 'mutation { madeHere { __typename } }' });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: UserErrorCode.PERMISSION_DENIED,
    });
  });
});

describe("the facade's result unions", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildFacadeSchema();
  });
  const resolveIn = (union: string, value: unknown) =>
    (schema.getType(union) as GraphQLUnionType).resolveType!(
      value,
      {},
      {} as never,
      schema.getType(union) as never,
    );

  it('resolve their members', async () => {
    await expect(resolveIn('AddBotToChatResult', new ChatNotFound())).resolves.toBe('ChatNotFound');
  });

  it('turn a bot failure their union lacks (MessageNotFound on delete) into a coded error', async () => {
    const failure = failureToUserError(
      portalError('MESSAGE_NOT_FOUND', 'imbot.v2.Chat.Message.delete'),
      BOT_FAILURE,
    );
    expect(failure).toBeInstanceOf(MessageNotFound);
    await expect(resolveIn('DeleteBotMessageResult', failure)).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: UserErrorCode.MESSAGE_NOT_FOUND,
        portal: { method: 'imbot.v2.Chat.Message.delete', code: 'MESSAGE_NOT_FOUND' },
      },
    });
  });
});
