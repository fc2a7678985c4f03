import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { PageArgs } from '../common/connection';
import { TaskRole } from '../common/enums';

@InputType({ description: 'Every given field must match. Organization names may be short names or aliases.' })
export class TaskFilter {
  @Field(() => String, { nullable: true, description: 'Only tasks this unit leads (牵头).' }) leadOrganization?: string;
  @Field(() => String, { nullable: true, description: 'Only tasks naming this unit in any role (or `role`).' }) organization?: string;
  @Field(() => TaskRole, { nullable: true }) role?: TaskRole;
  @Field(() => String, { nullable: true, description: 'Document number or key.' }) document?: string;
  @Field(() => String, { nullable: true, description: 'Text the task contains.' }) keyword?: string;
  @Field(() => Int, { nullable: true, description: 'Year the document was issued.' }) year?: number;
  @Field(() => String, { nullable: true, description: 'Jurisdiction of the document; also where short unit names are looked up.' }) jurisdiction?: string;
}

@ArgsType()
export class TasksArgs extends PageArgs {
  @Field(() => TaskFilter, { nullable: true }) filter?: TaskFilter;
}

@ArgsType()
export class TaskOrganizationsArgs {
  @Field(() => TaskRole, { nullable: true }) role?: TaskRole;
}
