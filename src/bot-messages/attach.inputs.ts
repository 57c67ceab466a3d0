/**
 * Typed attachment input (the portal's ATTACH). Each block sets exactly one of its kinds, like the
 * portal's one-key block objects `{MESSAGE: …}`, `{LINK: {…}}`, …
 */
import 'reflect-metadata';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';

export enum BotGridDisplay {
  BLOCK = 'BLOCK',
  LINE = 'LINE',
  ROW = 'ROW',
  COLUMN = 'COLUMN',
}
registerEnumType(BotGridDisplay, {
  name: 'BotGridDisplay',
  description: 'How a grid item lays out its name and value.',
  valuesConfig: {
    BLOCK: { description: 'Name above value, items stacked.' },
    LINE: { description: 'Items side by side.' },
    ROW: { description: 'Name and value on one row.' },
    COLUMN: { description: 'Name and value in columns.' },
  },
});

@InputType({ description: 'A LINK block: a clickable link with a caption.' })
export class AttachLinkInput {
  @Field({ description: 'Target URL.' })
  link!: string;

  @Field(() => String, { nullable: true, description: 'Caption.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Description text.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Preview image URL.' })
  preview?: string | null;
}

@InputType({ description: 'A USER block: a user card.' })
export class AttachUserInput {
  @Field({ description: 'Name shown on the card.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Avatar URL.' })
  avatar?: string | null;

  @Field(() => String, { nullable: true, description: 'Link opened by the card.' })
  link?: string | null;

  @Field(() => Int, { nullable: true, description: 'Portal user id the card stands for.' })
  userId?: number | null;
}

@InputType({ description: 'One name/value pair of a GRID block.' })
export class AttachGridItemInput {
  @Field({ description: 'Name (left or upper part).' })
  name!: string;

  @Field({ description: 'Value (BB codes allowed).' })
  value!: string;

  @Field(() => BotGridDisplay, { nullable: true, description: 'Layout of this item.' })
  display?: BotGridDisplay | null;

  @Field(() => Int, { nullable: true, description: 'Width in pixels.' })
  width?: number | null;

  @Field(() => String, { nullable: true, description: 'Colour token: primary, secondary, alert or base.' })
  colorToken?: string | null;

  @Field(() => String, { nullable: true, description: 'Colour (#RRGGBB).' })
  color?: string | null;
}

@InputType({ description: 'One image of an IMAGE block.' })
export class AttachImageInput {
  @Field({ description: 'Image URL.' })
  link!: string;

  @Field(() => String, { nullable: true, description: 'Name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Preview URL.' })
  preview?: string | null;

  @Field(() => Int, { nullable: true, description: 'Width in pixels.' })
  width?: number | null;

  @Field(() => Int, { nullable: true, description: 'Height in pixels.' })
  height?: number | null;
}

@InputType({ description: 'One file of a FILE block.' })
export class AttachFileInput {
  @Field({ description: 'Download URL.' })
  link!: string;

  @Field(() => String, { nullable: true, description: 'File name.' })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'Size in bytes.' })
  size?: number | null;
}

@InputType({ description: 'A DELIMITER block: a horizontal rule.' })
export class AttachDelimiterInput {
  @Field(() => Int, { nullable: true, description: 'Length in pixels.' })
  size?: number | null;

  @Field(() => String, { nullable: true, description: 'Colour (#RRGGBB).' })
  color?: string | null;
}

@InputType({ description: 'One attachment block: set exactly one field.' })
export class AttachBlockInput {
  @Field(() => String, { nullable: true, description: 'MESSAGE: a text fragment with BB codes.' })
  message?: string | null;

  @Field(() => AttachLinkInput, { nullable: true, description: 'LINK: a link with a caption.' })
  link?: AttachLinkInput | null;

  @Field(() => AttachUserInput, { nullable: true, description: 'USER: a user card.' })
  user?: AttachUserInput | null;

  @Field(() => [AttachGridItemInput], { nullable: true, description: 'GRID: name/value pairs.' })
  grid?: AttachGridItemInput[] | null;

  @Field(() => [AttachImageInput], { nullable: true, description: 'IMAGE: one or more images.' })
  image?: AttachImageInput[] | null;

  @Field(() => [AttachFileInput], { nullable: true, description: 'FILE: one or more files.' })
  file?: AttachFileInput[] | null;

  @Field(() => AttachDelimiterInput, { nullable: true, description: 'DELIMITER: a horizontal rule.' })
  delimiter?: AttachDelimiterInput | null;
}

@InputType({ description: 'A message attachment: an optional colour and its blocks.' })
export class BotAttachmentInput {
  @Field(() => String, { nullable: true, description: 'Colour token: primary, secondary, alert or base.' })
  colorToken?: string | null;

  @Field(() => String, { nullable: true, description: 'Explicit colour (#RRGGBB), for older clients.' })
  color?: string | null;

  @Field(() => [AttachBlockInput], { description: 'The blocks, top to bottom.' })
  blocks!: AttachBlockInput[];
}
