// Counts of nodes and relationships by kind.
import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { countByKind } from '../../graph/readers/overview';
import type { ApiContext } from '../context';

@ObjectType({ description: 'How many nodes of a label or relationships of a type the graph holds.' })
class KindCount {
  @Field() kind!: string;
  @Field(() => Int) count!: number;
}

@Resolver()
export class StatsResolver {
  @Query(() => [KindCount], { description: 'Counts by node label and relationship type.' })
  stats(@Ctx() ctx: ApiContext) {
    return countByKind(ctx.graph, ctx.read());
  }
}
