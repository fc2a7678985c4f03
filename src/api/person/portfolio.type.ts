// A leader's portfolio: what they preside over, supervise, liaise with, answer for or back up.
import { Field, ObjectType } from 'type-graphql';
import { PortfolioRelation } from '../common/enums';
import { Provenance } from '../common/provenance';
import { Organization } from '../organization/organization.type';
import { Person } from './person.type';

@ObjectType({ description: 'One line of a division of labour (分工): a leader and a unit, area or colleague.' })
export class Portfolio {
  @Field(() => Person) person!: Person;
  @Field(() => PortfolioRelation) relation!: PortfolioRelation;
  @Field(() => Organization, { nullable: true }) organization!: Organization | null;
  @Field(() => String, { nullable: true, description: 'An area of work (工作), for RESPONSIBLE_FOR.' }) area!: string | null;
  @Field(() => Person, { nullable: true, description: 'The colleague backed up (AB岗), for BACKUP.' }) backupOf!: Person | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, date of the document that set it.' }) since!: string | null;
  @Field(() => Provenance) provenance!: Provenance;
  documentKey!: string | null;
}
