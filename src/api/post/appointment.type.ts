// One appointment, removal or nomination of a person to a post, by a document.
import { Field, ObjectType } from 'type-graphql';
import { AppointmentAction } from '../common/enums';
import { Provenance } from '../common/provenance';
import { Person } from '../person/person.type';
import { Post } from './post.type';

@ObjectType({ description: 'A person appointed to, removed from or nominated for a post by a document.' })
export class Appointment {
  @Field(() => AppointmentAction) action!: AppointmentAction;
  @Field(() => Person) person!: Person;
  @Field(() => Post) post!: Post;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the date of the document.' }) on!: string | null;
  @Field(() => Provenance) provenance!: Provenance;
  /** Key of the document that made it; resolved by the resolver. */
  documentKey!: string | null;
}
