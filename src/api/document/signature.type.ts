// A person's signature on a document (a 政府令 over the mayor's name).
import { Field, ObjectType } from 'type-graphql';
import { Provenance } from '../common/provenance';
import { Person } from '../person/person.type';
import { Document } from './document.type';

@ObjectType({ description: 'A person who signed a document, with the title signed under.' })
export class Signature {
  @Field(() => Person) person!: Person;
  @Field(() => Document) document!: Document;
  @Field({ description: 'The title as printed above the date (银川市市长).' }) title!: string;
  @Field(() => Provenance) provenance!: Provenance;
}
