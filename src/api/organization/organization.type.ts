import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A unit of government (bureau, office, committee …), one node per canonical full name.' })
export class Organization {
  @Field({ description: 'Canonical full name with the jurisdiction spelled out (银川市发展和改革委员会).' })
  name!: string;

  @Field(() => String, { nullable: true })
  jurisdiction!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True for a group reference (各园区), not one unit.' })
  group!: boolean | null;
}
