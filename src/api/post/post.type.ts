import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A post: a title in an organization (副局长 of 银川市教育局), however many people held it.' })
export class Post {
  @Field({ description: 'organization|title' }) key!: string;
  @Field() title!: string;
  /** Canonical name of the organization, resolved to a node by the resolver. */
  organization!: string | null;
}
