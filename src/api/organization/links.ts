// Edges from an organization: its tasks with the role it plays, and documents it issued.
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { TaskRole } from '../common/enums';
import { Provenance } from '../common/provenance';
import { Document } from '../document/document.type';
import { Task } from '../task/task.type';
import { Organization } from './organization.type';

@ObjectType()
export class OrganizationEdge extends EdgeType(Organization) {}

@ObjectType()
export class OrganizationConnection extends ConnectionType(OrganizationEdge) {}

@ObjectType({ description: 'A task of an organization, with the role the organization plays in it.' })
export class OrganizationTaskEdge extends EdgeType(Task) {
  @Field(() => TaskRole) role!: TaskRole;
  @Field(() => String, { nullable: true, description: 'How the unit was written in the task.' }) mention!: string | null;
  @Field(() => Provenance) provenance!: Provenance;
}

@ObjectType()
export class OrganizationTaskConnection extends ConnectionType(OrganizationTaskEdge) {}

@ObjectType({ description: 'A document the organization issued.' })
export class IssuedDocumentEdge extends EdgeType(Document) {
  @Field(() => Provenance) provenance!: Provenance;
}

@ObjectType()
export class IssuedDocumentConnection extends ConnectionType(IssuedDocumentEdge) {}
