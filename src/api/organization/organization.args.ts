import { ArgsType, Field, InputType } from 'type-graphql';
import { PageArgs } from '../common/connection';
import { TaskRole } from '../common/enums';

@ArgsType()
export class OrganizationArgs {
  @Field({ description: 'Full name, short name or any alias seen in the text (发改局, 市财政局).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Where to look up a short name (贺兰县, 银川市).' })
  jurisdiction?: string;
}

@InputType()
export class OrganizationFilter {
  @Field(() => String, { nullable: true }) jurisdiction?: string;
  @Field(() => String, { nullable: true, description: 'Part of the canonical name.' }) nameContains?: string;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true }) filter?: OrganizationFilter;
}

@ArgsType()
export class OrganizationTasksArgs extends PageArgs {
  @Field(() => TaskRole, { nullable: true, description: 'Only tasks where the unit plays this role.' }) role?: TaskRole;
}
