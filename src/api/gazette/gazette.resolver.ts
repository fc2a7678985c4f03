// Gazette and Jurisdiction: the issues loaded and what they print.
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { gazetteDocuments, listGazettes, listJurisdictions } from '../../graph/readers/overview';
import type { GazetteRecord } from '../../graph/readers/shapes';
import type { ApiContext } from '../context';
import { Document } from '../document/document.type';
import { Gazette, Jurisdiction } from './gazette.type';

@Resolver(() => Gazette)
export class GazetteResolver {
  @Query(() => [Gazette], { description: 'Every gazette issue loaded, newest first.' })
  gazettes(@Ctx() ctx: ApiContext) {
    return listGazettes(ctx.graph, ctx.read());
  }

  @Query(() => [Jurisdiction], { description: 'Jurisdictions with their counts of organizations and people.' })
  jurisdictions(@Ctx() ctx: ApiContext) {
    return listJurisdictions(ctx.graph, ctx.read());
  }

  @FieldResolver(() => [Document], { description: 'Documents the issue prints, by page.' })
  documents(@Root() g: GazetteRecord, @Ctx() ctx: ApiContext) {
    return ctx.loaders.load(gazetteDocuments, g.key);
  }
}
