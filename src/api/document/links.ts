// A document's issuers.
import { Field, ObjectType } from 'type-graphql';
import { Provenance } from '../common/provenance';
import { Organization } from '../organization/organization.type';

@ObjectType({ description: 'An organization that issued a document.' })
export class Issuer {
  @Field(() => Organization) organization!: Organization;
  @Field(() => Provenance) provenance!: Provenance;
}
