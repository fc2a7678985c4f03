import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { PageArgs } from '../common/connection';

@InputType()
export class ProgrammeFilter {
  @Field(() => String, { nullable: true }) kind?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => String, { nullable: true, description: 'Text in the name.' }) keyword?: string;
  @Field(() => String, { nullable: true }) jurisdiction?: string;
  @Field(() => String, { nullable: true, description: 'Lead unit, by any name or alias.' }) leadOrganization?: string;
}

@ArgsType()
export class ProgrammesArgs extends PageArgs {
  @Field(() => ProgrammeFilter, { nullable: true }) filter?: ProgrammeFilter;
}
