// Where a fact was read: the source file, its checksum and the lines.
import { Field, Int, ObjectType } from 'type-graphql';
import type { RelProps } from '../../graph/readers/shapes';

@ObjectType({ description: 'Where a fact comes from: source file id, its sha256 and 1-based [first, last] lines.' })
export class Provenance {
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => String, { nullable: true }) sha256!: string | null;
  @Field(() => [Int], { nullable: true }) lines!: number[] | null;
}

export function provenanceOf(p: RelProps | { source?: string | null; sha256?: string | null; lines?: number[] | null }): Provenance {
  return { source: p.source ?? null, sha256: p.sha256 ?? null, lines: (p.lines as number[] | null | undefined) ?? null };
}
