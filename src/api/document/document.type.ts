import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';

@ObjectType({ description: 'A document (通知, 决定, 意见 …), keyed by its number or, without one, its title.' })
export class Document {
  @Field({ description: 'The document number (银政办发〔2022〕24号), or title: + compact title.' })
  key!: string;

  @Field(() => String, { nullable: true }) docNumber!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) docType!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) issuedOn!: string | null;
  @Field(() => String, { nullable: true }) jurisdiction!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True while the document is only cited, never printed in a loaded source.' })
  stub!: boolean | null;

  @Field(() => String, { nullable: true, description: 'in_force, repealed, replaced or amended.' })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD of the change that set the status.' })
  statusOn!: string | null;

  statusBy!: string | null;
  source!: string | null;
  sha256!: string | null;
  lines!: number[] | null;
}

@ObjectType()
export class DocumentEdge extends EdgeType(Document) {}

@ObjectType()
export class DocumentConnection extends ConnectionType(DocumentEdge) {}
