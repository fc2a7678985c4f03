import { ArgsType, Field, InputType } from 'type-graphql';
import { PageArgs } from '../common/connection';

@ArgsType()
export class PersonArgs {
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Needed when the same name appears in several jurisdictions.' }) jurisdiction?: string;
}

@InputType()
export class PersonFilter {
  @Field(() => String, { nullable: true }) jurisdiction?: string;
  @Field(() => String, { nullable: true }) nameContains?: string;
  @Field(() => String, { nullable: true, description: 'People holding a post in, or leading, this unit (any name or alias).' }) organization?: string;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => PersonFilter, { nullable: true }) filter?: PersonFilter;
}
