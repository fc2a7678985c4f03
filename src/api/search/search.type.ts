import { Field, Float, ObjectType } from 'type-graphql';
import { SearchKind } from '../common/enums';
import { Document } from '../document/document.type';
import { Programme } from '../programme/programme.type';
import { Task } from '../task/task.type';

@ObjectType({ description: 'One full-text hit: exactly one of document, task, programme is set, per `kind`.' })
export class SearchHit {
  @Field(() => SearchKind) kind!: SearchKind;
  @Field(() => Float) score!: number;
  @Field(() => Document, { nullable: true }) document!: Document | null;
  @Field(() => Task, { nullable: true }) task!: Task | null;
  @Field(() => Programme, { nullable: true }) programme!: Programme | null;
}
