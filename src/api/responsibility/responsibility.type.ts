// The responsibility graph as GraphQL types: nodes and typed edges, each
// edge with the source lines of the fact.
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What a graph is drawn for: organization, document, person or jurisdiction, by name.' })
export class GraphScope {
  @Field({ description: 'organization | document | person | jurisdiction' }) kind!: string;
  @Field() name!: string;
}

@ObjectType({ description: 'Task counts by role, for units in a collapsed view.' })
export class TaskCounts {
  @Field(() => Int, { nullable: true, description: '牵头' }) lead?: number;
  @Field(() => Int, { nullable: true, description: '负责' }) responsible?: number;
  @Field(() => Int, { nullable: true, description: '配合' }) cooperating?: number;
}

@ObjectType()
export class GraphNode {
  @Field(() => ID) id!: string;
  @Field({ description: 'organization | person | task | document | area | jurisdiction | group | cluster' }) kind!: string;
  @Field({ description: 'Key of the graph node (organization name, person key, document key…).' }) key!: string;
  @Field({ description: 'Label in Chinese.' }) label!: string;
  @Field(() => String, { nullable: true, description: "A task's wording, a document's title." }) detail!: string | null;
  @Field(() => TaskCounts, { nullable: true }) counts!: TaskCounts | null;
  @Field(() => ID, { nullable: true, description: 'The cluster this node is drawn in.' }) parent!: string | null;
  @Field(() => GraphScope, { nullable: true, description: 'The scope that expands this node.' }) expand!: GraphScope | null;
}

@ObjectType({ description: 'Where a fact was read.' })
export class EdgeProvenance {
  @Field({ description: 'Source file id.' }) source!: string;
  @Field(() => [Int], { description: '[first, last] 1-based lines.' }) lines!: number[];
  @Field(() => String, { nullable: true, description: 'The source lines as printed.' }) text!: string | null;
}

@ObjectType()
export class GraphEdge {
  @Field(() => ID) id!: string;
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field({ description: 'lead | responsible | cooperating | presides | supervises | liaises | responsible_for | backup | oversees | has_task | issued | part_of' })
  kind!: string;
  @Field({ description: 'Label in Chinese (牵头, 分管, …).' }) label!: string;
  @Field(() => EdgeProvenance, { nullable: true }) provenance!: EdgeProvenance | null;
}

@ObjectType({ description: 'Nodes and typed edges of a responsibility graph.' })
export class ResponsibilityGraph {
  @Field(() => GraphScope) scope!: GraphScope;
  @Field(() => ID, { nullable: true, description: 'The node the scope resolved to.' }) root!: string | null;
  @Field() title!: string;
  @Field(() => [GraphNode]) nodes!: GraphNode[];
  @Field(() => [GraphEdge]) edges!: GraphEdge[];
}

@ObjectType({ description: 'Something a responsibility graph can be drawn for.' })
export class GraphScopeMatch {
  @Field() kind!: string;
  @Field({ description: 'Pass as the scope name.' }) key!: string;
  @Field() label!: string;
  @Field(() => String, { nullable: true }) detail!: string | null;
}

@InputType({ description: 'Exactly one of the four.' })
export class GraphScopeInput {
  @Field({ nullable: true, description: 'A unit by full name or alias (发改局).' }) organization?: string;
  @Field({ nullable: true, description: 'A document by number or title.' }) document?: string;
  @Field({ nullable: true, description: 'A leader by name.' }) person?: string;
  @Field({ nullable: true, description: 'A whole jurisdiction (贺兰县).' }) jurisdiction?: string;
}
