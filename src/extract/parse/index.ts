// The registry of genre parsers. Each genre has one module here; the
// pipeline runs every registered parser over every document.
import type { GenreParser } from '../stages';
import { appointmentsParser } from './appointments';
import { citationsParser } from './citations';
import { portfoliosParser } from './portfolios';
import { programmesParser } from './programmes';
import { supersessionsParser } from './supersessions';
import { tasksParser } from './tasks';

export const GENRE_PARSERS: GenreParser[] = [
  appointmentsParser,
  portfoliosParser,
  supersessionsParser,
  citationsParser,
  programmesParser,
  tasksParser,
];
