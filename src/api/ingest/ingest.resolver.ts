// The ingestDocument mutation: API key required, then extractor + loader.
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { documentsByKey } from '../../graph/readers/document';
import type { ApiContext } from '../context';
import { ApiError, badInput } from '../errors';
import { Document } from '../document/document.type';
import { IngestResult } from './ingest.type';

const MAX_TEXT = 2_000_000;

@Resolver(() => IngestResult)
export class IngestResolver {
  @Mutation(() => IngestResult, { description: 'Extracts a gazette text and loads it as `source` (replacing an earlier load of that source). Needs the x-api-key header.' })
  async ingestDocument(@Arg('text') text: string, @Arg('source') source: string, @Ctx() ctx: ApiContext): Promise<IngestResult> {
    if (!ctx.ingest || !ctx.requiredApiKey) {
      throw new ApiError('ingesting is disabled on this server', 'UNAUTHENTICATED', 'start the server with GAZETTE_API_KEY set');
    }
    if (ctx.apiKey !== ctx.requiredApiKey) throw new ApiError('a valid API key is required', 'UNAUTHENTICATED', 'send the key in the x-api-key header');
    if (!/^[\w.\-\u4e00-\u9fff]{1,200}$/u.test(source)) throw badInput(`source '${source}' is not a usable id`, 'use a file-like name: letters, digits, . _ -');
    if (!text.trim() || text.length > MAX_TEXT) throw badInput('text is empty or longer than 2 million characters');
    const { result, documentKeys, warnings } = await ctx.ingest(text, source);
    return { source, outcome: result.outcome, ...result.counters, warnings, documentKeys };
  }

  @FieldResolver(() => [Document], { description: 'The documents found in the text, as now in the graph.' })
  async documents(@Root() r: IngestResult, @Ctx() ctx: ApiContext) {
    const docs = await Promise.all(r.documentKeys.map((k) => ctx.loaders.load(documentsByKey, k)));
    return docs.filter((d) => d !== null);
  }
}
