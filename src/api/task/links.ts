// Who a task names: units with their role, and responsible leaders.
import { Field, ObjectType } from 'type-graphql';
import { TaskRole } from '../common/enums';
import { Provenance } from '../common/provenance';
import { Organization } from '../organization/organization.type';
import { Person } from '../person/person.type';

@ObjectType({ description: 'A unit named on a task (or programme) and its role.' })
export class TaskUnit {
  @Field(() => Organization) organization!: Organization;
  @Field(() => TaskRole) role!: TaskRole;
  @Field(() => String, { nullable: true, description: 'How the unit was written.' }) mention!: string | null;
  @Field(() => Provenance) provenance!: Provenance;
}

@ObjectType({ description: 'A leader responsible for a task (责任领导).' })
export class TaskLeader {
  @Field(() => Person) person!: Person;
  @Field(() => Provenance) provenance!: Provenance;
}
