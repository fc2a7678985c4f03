import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What ingestDocument wrote.' })
export class IngestResult {
  @Field({ description: 'The Source id the facts belong to.' }) source!: string;
  @Field({ description: 'loaded, replaced or unchanged.' }) outcome!: string;
  @Field(() => Int) nodesCreated!: number;
  @Field(() => Int) relationshipsCreated!: number;
  @Field(() => Int) nodesDeleted!: number;
  @Field(() => Int) relationshipsDeleted!: number;
  @Field(() => Int, { description: 'Extractor warnings (unread lines and the like).' }) warnings!: number;
  documentKeys!: string[];
}
