import 'reflect-metadata';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum IdentityModeEnum {
  OAUTH = 'oauth',
  WEBHOOK = 'webhook',
  EMULATOR = 'emulator',
}

registerEnumType(IdentityModeEnum, {
  name: 'IdentityMode',
  description: 'How this facade reaches the portal and who portal calls act as.',
  valuesConfig: {
    OAUTH: {
      description: "Each request carries a portal user's OAuth access token; calls act as that user.",
    },
    WEBHOOK: { description: "Calls go through the operator's webhook and act as the webhook's owner." },
    EMULATOR: { description: 'The embedded portal emulator (development); use a printed dev token.' },
  },
});

@ObjectType({
  description: 'The caller. Only `user` costs a portal call (user.current, once per request, when selected).',
})
export class Viewer {
  @Field(() => IdentityModeEnum, { description: 'How this facade reaches the portal.' })
  mode!: IdentityModeEnum;

  @Field({ description: 'false only for anonymous access in webhook mode.' })
  authenticated!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: "Portal user id; known up front only in webhook mode (the webhook's owner).",
  })
  userId!: number | null;
}

@ObjectType({ description: 'Reachability of the portal behind the facade (cached for a few seconds).' })
export class PortalInfo {
  @Field({ description: 'Whether the last probe of the portal got an answer.' })
  reachable!: boolean;

  @Field(() => Int, { nullable: true, description: 'Round trip of the last probe in milliseconds.' })
  latencyMs!: number | null;
}
