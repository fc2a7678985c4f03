// The checked-in SDL (schema/schema.graphql) must match what the code builds.
import 'reflect-metadata';
import fs from 'node:fs';
import { SCHEMA_FILE, schemaSDL } from '../../../src/api/schema';

describe('schema/schema.graphql', () => {
  it('matches the schema built from src/api (regenerate: npm run cli -- serve --write-schema)', () => {
    const onDisk = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '(missing)';
    expect(onDisk).toBe(schemaSDL());
  });

  it('exposes the queries users ask for, with Relay connections', () => {
    const sdl = schemaSDL();
    for (const q of ['tasks(', 'organization(', 'organizations(', 'document(', 'documents(', 'supersessions(', 'supersessionChain(', 'person(', 'people(', 'post(', 'programmes(', 'search(', 'stats:']) {
      expect(sdl).toContain(q);
    }
    expect(sdl).toMatch(/type TaskConnection \{[^}]*edges: \[TaskEdge!\]![^}]*pageInfo: PageInfo![^}]*totalCount: Int!/s);
    expect(sdl).toContain('ingestDocument(');
  });
});
