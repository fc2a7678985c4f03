import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { DateScalar } from '../common/date';
import { PageArgs } from '../common/connection';

@ArgsType()
export class DocumentArgs {
  @Field(() => String, { nullable: true, description: 'The document number (银政办发〔2022〕35号).' }) docNumber?: string;
  @Field(() => String, { nullable: true, description: 'The key (the number, or title: + compact title).' }) id?: string;
}

@InputType({ description: 'Every given field must match.' })
export class DocumentFilter {
  @Field(() => String, { nullable: true, description: 'Issuing unit, by any name or alias.' }) issuer?: string;
  @Field(() => String, { nullable: true }) jurisdiction?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => String, { nullable: true, description: '通知, 决定, 意见 …' }) docType?: string;
  @Field(() => String, { nullable: true, description: 'in_force, repealed, replaced or amended.' }) status?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Issued by that day and not yet repealed or replaced on it.' }) inForceOn?: string;
  @Field(() => String, { nullable: true, description: 'Text in the title or body.' }) keyword?: string;
}

@ArgsType()
export class DocumentsArgs extends PageArgs {
  @Field(() => DocumentFilter, { nullable: true }) filter?: DocumentFilter;
}
