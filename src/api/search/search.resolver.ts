// Full-text search over documents, tasks and programmes.
import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { searchText } from '../../graph/readers/overview';
import { MAX_PAGE } from '../common/connection';
import type { ApiContext } from '../context';
import { badInput } from '../errors';
import { SearchHit } from './search.type';

@ArgsType()
class SearchArgs {
  @Field({ description: 'Words to find (Lucene syntax; Chinese is matched by character pairs).' }) text!: string;
  @Field(() => Int, { nullable: true, description: `At most ${MAX_PAGE}, default 20.` }) first?: number;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], { description: 'Full-text search (indexes documentText, taskText, programmeName), best first.' })
  async search(@Args() { text, first = 20 }: SearchArgs, @Ctx() ctx: ApiContext) {
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) throw badInput(`first must be between 0 and ${MAX_PAGE}`);
    const query = text.replace(LUCENE_SPECIAL, ' ').trim();
    if (!query) throw badInput('search text is empty', 'give a word or phrase, e.g. search(text: "营商环境")');
    return searchText(ctx.graph, query, first, ctx.read());
  }
}
