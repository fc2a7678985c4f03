import { ArgsType, Field } from 'type-graphql';
import { DateScalar } from '../common/date';

@ArgsType()
export class PostArgs {
  @Field({ description: 'The unit, by any name or alias.' }) organization!: string;
  @Field({ description: '副局长, 所长 …' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Where to look up a short unit name.' }) jurisdiction?: string;
}

@ArgsType()
export class HoldersArgs {
  @Field(() => DateScalar, { nullable: true, description: 'Who held the post on that day; latest known holders when omitted.' })
  on?: string;
}
