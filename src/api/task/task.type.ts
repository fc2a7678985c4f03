import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';

@ObjectType({ description: 'A task a document assigns (重点任务, 责任分工 …).' })
export class Task {
  @Field({ description: 'Stable key: source|document|ordinal.' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'The number as printed (一、, 3., （二）…).' })
  number!: string | null;

  @Field()
  text!: string;

  @Field(() => String, { nullable: true })
  deadline!: string | null;

  source!: string | null;
  sha256!: string | null;
  lines!: number[] | null;
}

@ObjectType()
export class TaskEdge extends EdgeType(Task) {}

@ObjectType()
export class TaskConnection extends ConnectionType(TaskEdge) {}
