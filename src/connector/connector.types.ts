/** GraphQL outputs of the Open Channel connector operations. */
import 'reflect-metadata';
import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { createResultUnion } from '../graphql-errors/result-union.js';
import { ConnectorNotActive, ValidationFailed } from '../graphql-errors/user-error.types.js';

@ObjectType({ description: 'The message is in the Open Channel.' })
export class ConnectorMessageDelivered {
  @Field({ description: 'The external message id it was sent with.' })
  externalMessageId!: string;

  @Field(() => Int, { nullable: true, description: 'Open Channel session id.' })
  sessionId!: number | null;

  @Field(() => Int, { nullable: true, description: 'Bitrix24 chat id of the session.' })
  chatId!: number | null;

  @Field(() => Int, { description: 'Bitrix24 user id standing for the external user.' })
  userId!: number;
}

@ObjectType({ description: 'The message was not delivered; the others of the batch may have been.' })
export class ConnectorMessageFailed {
  @Field({ description: 'The external message id it was sent with.' })
  externalMessageId!: string;

  @Field(() => [String], { description: 'Why, as the portal (or the facade) put it.' })
  reasons!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Set when the facade refused the item before the portal: the offending input path.',
  })
  invalidField!: string | null;
}

export const ConnectorMessageResult = createUnionType({
  name: 'ConnectorMessageResult',
  description: 'The outcome of one message of a batch.',
  types: () => [ConnectorMessageDelivered, ConnectorMessageFailed] as const,
});

@ObjectType({ description: 'One result per message, in input order.' })
export class SendConnectorMessagesSuccess {
  @Field(() => [ConnectorMessageResult], { description: 'One per input message, same order.' })
  results!: Array<ConnectorMessageDelivered | ConnectorMessageFailed>;

  @Field(() => Int, { description: 'How many were delivered.' })
  deliveredCount!: number;

  @Field(() => Int, { description: 'How many failed.' })
  failedCount!: number;
}

export const SendConnectorMessagesResult = createResultUnion({
  name: 'SendConnectorMessagesResult',
  description: 'Outcome of sendConnectorMessages.',
  types: () => [SendConnectorMessagesSuccess, ValidationFailed, ConnectorNotActive] as const,
});

@ObjectType({ description: 'A connector and its state on one line.' })
export class ConnectorLineState {
  @Field({ description: 'The connector id.' })
  connector!: string;

  @Field(() => Int, { description: 'The Open Channel (line) id.' })
  line!: number;

  @Field({ description: 'Set up on the line (activated and given data).' })
  configured!: boolean;

  @Field({ description: 'Turned on.' })
  active!: boolean;

  @Field({ description: 'The portal reports an error for this connector.' })
  error!: boolean;
}

@ObjectType({ description: 'The call succeeded.' })
export class ConnectorSetupSuccess {
  @Field({ description: 'The connector id (lower-cased as the portal stores it).' })
  connector!: string;

  @Field(() => Int, { nullable: true, description: 'The line, for line operations.' })
  line!: number | null;
}

export const ConnectorSetupResult = createResultUnion({
  name: 'ConnectorSetupResult',
  description: 'Outcome of registerConnector, activateConnector and setConnectorData.',
  types: () => [ConnectorSetupSuccess, ValidationFailed, ConnectorNotActive] as const,
});
