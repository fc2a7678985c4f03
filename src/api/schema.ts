// Builds the executable schema from the resolver list; the SDL in
// schema/schema.graphql is printed from it (npm run cli -- serve --write-schema
// writes it; a unit test fails when the file drifts from the code).
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { PROJECT_ROOT } from '../config';
import { DateScalar } from './common/date';
import { RESOLVERS } from './resolvers';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

let built: GraphQLSchema | null = null;

export function buildApiSchema(): GraphQLSchema {
  built ??= buildSchemaSync({ resolvers: RESOLVERS, validate: false, scalarsMap: [{ type: Date, scalar: DateScalar }] });
  return built;
}

export function schemaSDL(schema = buildApiSchema()): string {
  return `# Generated from src/api by schema.ts; do not edit. Regenerate: npm run cli -- serve --write-schema\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

export function writeSchemaFile(file = SCHEMA_FILE): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, schemaSDL());
  return file;
}
