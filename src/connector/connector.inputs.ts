/** GraphQL inputs of the Open Channel connector operations (docs/bitrix24-contract.md §8). */
import 'reflect-metadata';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'The external user who wrote the message.' })
export class ConnectorUserInput {
  @Field({ description: "The user's id in the external messenger." })
  id!: string;

  @Field(() => String, { nullable: true, description: "First name: ≤ 25 letters, spaces, - or '." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Last name: ≤ 25 letters, spaces, - or '." })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'Public URL of the avatar.' })
  pictureUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Profile URL.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;
}

@InputType({ description: 'A file the portal downloads (its URL must be reachable by the portal).' })
export class ConnectorFileInput {
  @Field({ description: 'Public URL.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'File name.' })
  name?: string | null;
}

@InputType({ description: 'The external chat the message belongs to.' })
export class ConnectorChatInput {
  @Field({ description: 'External chat id (ideally the channel id given to setConnectorData).' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Chat name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the original conversation.' })
  url?: string | null;
}

@InputType({ description: 'One message from the external messenger.' })
export class ConnectorMessageInput {
  @Field({ description: 'Its id in the external messenger; a repeat with the same id is delivered once.' })
  externalMessageId!: string;

  @Field(() => ConnectorUserInput, { description: 'Who wrote it.' })
  user!: ConnectorUserInput;

  @Field(() => String, { nullable: true, description: 'Text with BB codes (text or files is required).' })
  text?: string | null;

  @Field(() => [ConnectorFileInput], { nullable: true, description: 'Files (text or files is required).' })
  files?: ConnectorFileInput[] | null;

  @Field(() => ConnectorChatInput, { description: 'The external chat.' })
  chat!: ConnectorChatInput;

  @Field(() => Int, { nullable: true, description: 'When it was written (unix seconds).' })
  date?: number | null;
}

@InputType({ description: 'Messages to deliver into an Open Channel line.' })
export class SendConnectorMessagesInput {
  @Field({ description: 'The connector id given to registerConnector.' })
  connector!: string;

  @Field(() => Int, { description: 'The Open Channel (line) id.' })
  line!: number;

  @Field(() => [ConnectorMessageInput], { description: 'The messages, in order (1..100).' })
  messages!: ConnectorMessageInput[];
}

@InputType({ description: 'Register (or update) a connector of this application.' })
export class RegisterConnectorInput {
  @Field({ description: 'Connector id: lower-case letters, digits and _ (no dot); use a unique prefix.' })
  id!: string;

  @Field({ description: 'Name shown in the Open Channel settings.' })
  name!: string;

  @Field({
    description:
      'Icon: SVG markup (`<svg ...>...</svg>`, encoded for you) or a data URI starting "data:image/svg+xml,".',
  })
  iconSvg!: string;

  @Field(() => String, { nullable: true, description: 'Icon background colour.' })
  iconColor?: string | null;

  @Field({ description: 'URL of the settings page the portal opens in a slider.' })
  placementHandler!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Group chats by chat id (true) or one-to-one by user id (false, default).',
  })
  chatGroup?: boolean | null;
}

@InputType({ description: 'Turn a connector on or off for one Open Channel line.' })
export class ActivateConnectorInput {
  @Field({ description: 'The connector id.' })
  connector!: string;

  @Field(() => Int, { description: 'The Open Channel (line) id.' })
  line!: number;

  @Field({ description: 'true to turn on, false to turn off.' })
  active!: boolean;
}

@InputType({ description: 'The external channel a connector line talks to (replaces the stored data).' })
export class SetConnectorDataInput {
  @Field({ description: 'The connector id.' })
  connector!: string;

  @Field(() => Int, { description: 'The Open Channel (line) id.' })
  line!: number;

  @Field({ description: 'External channel id, e.g. "channel-123".' })
  channelId!: string;

  @Field(() => String, { nullable: true, description: 'Channel URL.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Link for operators (default: url).' })
  operatorUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Channel name.' })
  name?: string | null;
}
