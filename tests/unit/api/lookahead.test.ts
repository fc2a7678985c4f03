// Which child field (and arguments) a query selects under the field being resolved.
import 'reflect-metadata';
import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selectedChildArgs, selectedPage } from '../../../src/api/common/lookahead';

const schema = buildSchema(`
  type Query { unit: Unit }
  type Unit { name: String tasks(first: Int, after: String, role: String): [String] }
`);

/** Runs `query` and returns what lookahead saw from Query.unit. */
async function seen(query: string, variables: Record<string, unknown> = {}) {
  let info: GraphQLResolveInfo | undefined;
  const rootValue = { unit: (_: unknown, _ctx: unknown, i: GraphQLResolveInfo) => ((info = i), { name: 'x', tasks: [] }) };
  const result = await graphql({ schema, source: query, rootValue, variableValues: variables });
  expect(result.errors).toBeUndefined();
  return { args: selectedChildArgs(info!, 'tasks'), page: selectedPage(info!, 'tasks') };
}

describe('selectedChildArgs', () => {
  it('finds the child with its literal and variable arguments', async () => {
    expect((await seen('{ unit { tasks(first: 5, role: "lead") } }')).args).toEqual({ first: 5, role: 'lead' });
    expect((await seen('query($n: Int) { unit { tasks(first: $n) } }', { n: 7 })).args).toEqual({ first: 7 });
  });

  it('looks inside inline fragments and named fragments', async () => {
    expect((await seen('{ unit { ... on Unit { tasks(first: 3) } } }')).args).toEqual({ first: 3 });
    expect((await seen('{ unit { ...F } } fragment F on Unit { name tasks(first: 4) }')).args).toEqual({ first: 4 });
  });

  it('is null when the child is absent, or selected twice with different arguments', async () => {
    expect((await seen('{ unit { name } }')).args).toBeNull();
    expect((await seen('{ unit { tasks(first: 1) other: tasks(first: 2) } }')).args).toBeNull();
    expect((await seen('{ unit { tasks(first: 2) again: tasks(first: 2) } }')).args).toEqual({ first: 2 });
  });
});

describe('selectedPage', () => {
  it('turns the arguments into a window, and gives up on arguments the field itself will refuse', async () => {
    const after = Buffer.from('o:9').toString('base64');
    expect((await seen(`{ unit { tasks(first: 5, after: "${after}") } }`)).page).toMatchObject({ skip: 10, first: 5 });
    expect((await seen('{ unit { tasks } }')).page).toMatchObject({ skip: 0, first: 20 });
    expect((await seen('{ unit { tasks(first: 500) } }')).page).toBeNull();
    expect((await seen('{ unit { tasks(after: "nonsense") } }')).page).toBeNull();
  });
});
