import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One issue of a government gazette (政府公报).' })
export class Gazette {
  @Field({ description: 'name|year|issue' }) key!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => Int, { nullable: true }) issue!: number | null;
  @Field(() => Int, { nullable: true }) totalIssue!: number | null;
  @Field(() => String, { nullable: true }) publishedOn!: string | null;
}

@ObjectType({ description: 'A jurisdiction (银川市, 贺兰县, 银川市西夏区) and how much of the graph is in it.' })
export class Jurisdiction {
  @Field() name!: string;
  @Field(() => Int) organizations!: number;
  @Field(() => Int) people!: number;
}
