// Portfolio: the document that set it.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { documentsByKey } from '../../graph/readers/document';
import type { ApiContext } from '../context';
import { Document } from '../document/document.type';
import { Portfolio } from './portfolio.type';

@Resolver(() => Portfolio)
export class PortfolioResolver {
  @FieldResolver(() => Document, { nullable: true })
  document(@Root() p: Portfolio, @Ctx() ctx: ApiContext) {
    return p.documentKey ? ctx.loaders.load(documentsByKey, p.documentKey) : null;
  }
}
