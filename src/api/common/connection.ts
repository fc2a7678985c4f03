// Relay cursor connections: page arguments, opaque offset cursors, and the
// generic Edge/Connection classes each list type extends.
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Page, PageArgs as Window } from '../../graph/readers/shapes';
import { badInput } from '../errors';

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items (at most ${MAX_PAGE}, default ${DEFAULT_PAGE}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the item after which to start.' })
  after?: string;
}

/** Validates `first`/`after` and turns them into an offset window. */
export function windowOf(args: PageArgs): Window {
  const first = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE}, got ${args.first}`, `ask for at most ${MAX_PAGE} items and page with 'after'`);
  }
  return { skip: args.after ? decodeCursor(args.after) + 1 : 0, first };
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64');
}

function decodeCursor(cursor: string): number {
  const m = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!m) throw badInput(`'${cursor}' is not a cursor of this API`, 'pass an endCursor or edge cursor returned by a previous page');
  return Number(m[1]);
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface ConnectionValue<E> { edges: E[]; pageInfo: PageInfo; totalCount: number }

/** Builds a connection from a page; `edge` adds fields beyond node and cursor. */
export function toConnection<T, E extends { node: unknown; cursor: string }>(
  page: Page<T>, window: Window, edge: (item: T, cursor: string) => E,
): ConnectionValue<E> {
  const edges = page.items.map((item, i) => edge(item, encodeCursor(window.skip + i)));
  return {
    edges,
    totalCount: page.total,
    pageInfo: {
      hasNextPage: window.skip + page.items.length < page.total,
      hasPreviousPage: window.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

export const plainEdge = <T>(node: T, cursor: string) => ({ node, cursor });

export function EdgeType<T extends object>(Node: ClassType<T>) {
  @ObjectType()
  abstract class Edge {
    @Field(() => Node) node!: T;
    @Field() cursor!: string;
  }
  return Edge;
}

export function ConnectionType<E extends object>(Edge: ClassType<E>) {
  @ObjectType()
  abstract class Connection {
    @Field(() => [Edge]) edges!: E[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Length of the whole list.' }) totalCount!: number;
  }
  return Connection;
}
