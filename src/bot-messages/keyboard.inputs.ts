/**
 * Typed keyboard input. A keyboard is a list of rows; the facade puts `{TYPE:"NEWLINE"}` between
 * them. Each button sets exactly one of `link`, `command`, `action`, `app` (checked before any
 * portal call, see message-content.validation.ts).
 */
import 'reflect-metadata';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';

export enum BotButtonActionType {
  PUT = 'PUT',
  SEND = 'SEND',
  COPY = 'COPY',
  CALL = 'CALL',
  DIALOG = 'DIALOG',
}
registerEnumType(BotButtonActionType, {
  name: 'BotButtonActionType',
  description: 'What a client-side button action does with its value.',
  valuesConfig: {
    PUT: { description: 'Put the value into the input field.' },
    SEND: { description: 'Send the value as a message.' },
    COPY: { description: 'Copy the value to the clipboard.' },
    CALL: { description: 'Call the phone number in the value.' },
    DIALOG: { description: 'Open the dialog whose id is the value.' },
  },
});

export enum BotButtonContext {
  ALL = 'ALL',
  MOBILE = 'MOBILE',
  DESKTOP = 'DESKTOP',
}
registerEnumType(BotButtonContext, {
  name: 'BotButtonContext',
  description: 'Where a button is shown.',
  valuesConfig: {
    ALL: { description: 'Everywhere.' },
    MOBILE: { description: 'Mobile app only.' },
    DESKTOP: { description: 'Desktop and web only.' },
  },
});

export enum BotButtonDisplay {
  LINE = 'LINE',
  BLOCK = 'BLOCK',
}
registerEnumType(BotButtonDisplay, {
  name: 'BotButtonDisplay',
  description: 'How a button sits in its row.',
  valuesConfig: {
    LINE: { description: 'Inline, next to other buttons.' },
    BLOCK: { description: 'On a line of its own.' },
  },
});

@InputType({ description: 'A button that sends a bot command.' })
export class BotButtonCommandInput {
  @Field({ description: 'Command name (without the slash).' })
  command!: string;

  @Field(() => String, { nullable: true, description: 'Parameters passed with the command.' })
  params?: string | null;
}

@InputType({ description: 'A button handled by the client (put, send, copy, call, open a dialog).' })
export class BotButtonActionInput {
  @Field(() => BotButtonActionType, { description: 'What to do.' })
  type!: BotButtonActionType;

  @Field({ description: 'The text, number or dialog id the action uses.' })
  value!: string;
}

@InputType({ description: 'A button that opens an application.' })
export class BotButtonAppInput {
  @Field(() => Int, { description: 'Application id.' })
  appId!: number;

  @Field(() => String, { nullable: true, description: 'Parameters passed to the application.' })
  params?: string | null;
}

@InputType({ description: 'One keyboard button: its caption, exactly one behaviour, and its looks.' })
export class BotKeyboardButtonInput {
  @Field({ description: 'Caption.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Behaviour: open this URL.' })
  link?: string | null;

  @Field(() => BotButtonCommandInput, { nullable: true, description: 'Behaviour: send a bot command.' })
  command?: BotButtonCommandInput | null;

  @Field(() => BotButtonActionInput, { nullable: true, description: 'Behaviour: a client-side action.' })
  action?: BotButtonActionInput | null;

  @Field(() => BotButtonAppInput, { nullable: true, description: 'Behaviour: open an application.' })
  app?: BotButtonAppInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'Background colour token: primary, secondary, alert or base.',
  })
  bgColorToken?: string | null;

  @Field(() => String, { nullable: true, description: 'Background colour (#RRGGBB).' })
  bgColor?: string | null;

  @Field(() => String, { nullable: true, description: 'Text colour (#RRGGBB).' })
  textColor?: string | null;

  @Field(() => String, { nullable: true, description: 'Background colour when disabled (#RRGGBB).' })
  offBgColor?: string | null;

  @Field(() => String, { nullable: true, description: 'Text colour when disabled (#RRGGBB).' })
  offTextColor?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Disable the whole keyboard after a press.' })
  block?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Show the button disabled.' })
  disabled?: boolean | null;

  @Field(() => BotButtonContext, { nullable: true, description: 'Where the button is shown.' })
  context?: BotButtonContext | null;

  @Field(() => BotButtonDisplay, { nullable: true, description: 'Inline or on its own line.' })
  display?: BotButtonDisplay | null;

  @Field(() => Int, { nullable: true, description: 'Width in pixels.' })
  width?: number | null;
}

@InputType({ description: 'One row of keyboard buttons; rows are separated by line breaks.' })
export class BotKeyboardRowInput {
  @Field(() => [BotKeyboardButtonInput], { description: 'The buttons of this row, left to right.' })
  buttons!: BotKeyboardButtonInput[];
}
