import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';

@ObjectType({ description: 'A named programme, plan, campaign or list a document announces.' })
export class Programme {
  @Field() key!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) kind!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
  source!: string | null;
  sha256!: string | null;
  lines!: number[] | null;
}

@ObjectType()
export class ProgrammeEdge extends EdgeType(Programme) {}

@ObjectType()
export class ProgrammeConnection extends ConnectionType(ProgrammeEdge) {}
