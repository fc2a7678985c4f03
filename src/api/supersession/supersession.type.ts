// One document repealing, replacing or amending another.
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { SupersessionRelation } from '../common/enums';
import { Provenance } from '../common/provenance';
import { Document } from '../document/document.type';

@ObjectType({ description: 'The newer document `from` repeals, replaces or amends the older `to`.' })
export class Supersession {
  @Field(() => SupersessionRelation) relation!: SupersessionRelation;
  @Field(() => Document) from!: Document;
  @Field(() => Document) to!: Document;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, when it took effect (the newer document’s date).' }) on!: string | null;
  @Field(() => Provenance) provenance!: Provenance;
}

@ObjectType()
export class SupersessionEdge extends EdgeType(Supersession) {}

@ObjectType()
export class SupersessionConnection extends ConnectionType(SupersessionEdge) {}
