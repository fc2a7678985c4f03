// Turns a name as a user writes it into canonical organization names (for filters).
import { findOrganizations } from '../../graph/readers/organization';
import type { ApiContext } from '../context';

/** Canonical names for a filter value; null when no filter was given. */
export async function organizationNames(ctx: ApiContext, name: string | undefined, jurisdiction: string | undefined): Promise<string[] | null> {
  if (!name) return null;
  const found = await findOrganizations(ctx.graph, name, jurisdiction ?? null, ctx.read());
  return found.map((o) => o.name);
}
