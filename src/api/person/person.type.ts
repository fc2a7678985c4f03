import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';

@ObjectType({ description: 'A person named in the gazettes, one node per name within a jurisdiction.' })
export class Person {
  @Field({ description: 'jurisdiction|name' }) key!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) jurisdiction!: string | null;
}

@ObjectType()
export class PersonEdge extends EdgeType(Person) {}

@ObjectType()
export class PersonConnection extends ConnectionType(PersonEdge) {}
