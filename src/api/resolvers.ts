// Every resolver class of the schema, in one list. Append yours (e.g. the
// responsibility graph's) here; schema.ts builds from this list only.
import type { NonEmptyArray } from 'type-graphql';
import { DocumentResolver } from './document/document.resolver';
import { GazetteResolver } from './gazette/gazette.resolver';
import { IngestResolver } from './ingest/ingest.resolver';
import { OrganizationResolver } from './organization/organization.resolver';
import { PortfolioResolver } from './person/portfolio.resolver';
import { PersonResolver } from './person/person.resolver';
import { AppointmentResolver } from './post/appointment.resolver';
import { PostResolver } from './post/post.resolver';
import { ProgrammeResolver } from './programme/programme.resolver';
import { ResponsibilityResolver } from './responsibility/responsibility.resolver';
import { SearchResolver } from './search/search.resolver';
import { StatsResolver } from './stats/stats.resolver';
import { SupersessionResolver } from './supersession/supersession.resolver';
import { TaskResolver } from './task/task.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  TaskResolver,
  OrganizationResolver,
  DocumentResolver,
  SupersessionResolver,
  PersonResolver,
  PortfolioResolver,
  PostResolver,
  AppointmentResolver,
  ProgrammeResolver,
  GazetteResolver,
  SearchResolver,
  StatsResolver,
  IngestResolver,
  ResponsibilityResolver,
];
