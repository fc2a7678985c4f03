import { ArgsType, Field, InputType } from 'type-graphql';
import { PageArgs } from '../common/connection';
import { SupersessionRelation } from '../common/enums';

@InputType()
export class SupersessionFilter {
  @Field(() => SupersessionRelation, { nullable: true }) relation?: SupersessionRelation;
  @Field(() => String, { nullable: true, description: 'Number or key of either document.' }) document?: string;
  @Field(() => String, { nullable: true, description: 'Jurisdiction of the newer document.' }) jurisdiction?: string;
}

@ArgsType()
export class SupersessionsArgs extends PageArgs {
  @Field(() => SupersessionFilter, { nullable: true }) filter?: SupersessionFilter;
}

@ArgsType()
export class ChainArgs {
  @Field({ description: 'Number or key of any document in the lineage.' }) docNumber!: string;
}
