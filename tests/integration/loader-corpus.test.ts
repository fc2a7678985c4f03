// The loader over the sample corpus: the graph holds exactly what the
// extractions say (counts computed here, independently of loaders/rows.ts),
// loading again changes nothing, and the load order does not matter.
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { Graph } from '../../src/graph/driver';
import type { Extraction, OrgRef } from '../../src/extract/types';
import { loadSources, migrate } from '../../loaders';
import { expandPaths, isFailure, readSource, type ReadSource } from '../../loaders/sources';
import { clearGraph, openTestGraph } from '../helpers/graph';
import { diffDumps, dumpGraph } from './loader-checksum';

jest.setTimeout(300_000);

const CORPUS = path.join(PROJECT_ROOT, 'data', 'gazettes');
let graph: Graph;
let sources: ReadSource[];

beforeAll(async () => {
  graph = await openTestGraph();
  await migrate(graph);
  await clearGraph(graph);
  sources = expandPaths([CORPUS]).files.map(readSource).filter((s): s is ReadSource => !isFailure(s));
});

afterAll(async () => {
  await clearGraph(graph);
  await graph.close();
});

/** Document key as cypher/README.md defines it. */
function docKey(number: string | null | undefined, title: string | null | undefined): string | null {
  const n = number?.replace(/\s+/g, '');
  if (n) return n;
  const t = (title ?? '').replace(/[\s\p{P}\p{S}]/gu, '');
  return t ? `title:${t}` : null;
}

interface Expected {
  labels: Record<string, number>;
  types: Record<string, number>;
}

/** What the extractions say the graph must hold. */
function expectedCounts(all: { id: string; e: Extraction }[]): Expected {
  const sets = {
    Document: new Set<string>(),
    Organization: new Set<string>(),
    Person: new Set<string>(),
    Programme: new Set<string>(),
  };
  const types = { HAS_TASK: 0, ISSUED: new Set<string>(), SIGNED: new Set<string>(), CONTAINS: new Set<string>(), CITES: new Set<string>(), SUPERSEDES: new Set<string>(), APPOINTMENTS: new Set<string>() };
  let tasks = 0;
  for (const { id, e } of all) {
    const j = e.jurisdiction ?? '';
    const orgName = (r: OrgRef) => {
      const name = r.name.replace(/\s+/g, '');
      sets.Organization.add(name);
      if (r.parent && r.parent !== name) sets.Organization.add(r.parent.replace(/\s+/g, ''));
      return name;
    };
    const person = (name: string) => {
      const key = `${j}|${name.replace(/\s+/g, '')}`;
      sets.Person.add(key);
      return key;
    };
    for (const ed of e.gazette?.editors ?? []) person(ed.name);
    for (const d of e.documents) {
      const key = docKey(d.docNumber, d.title);
      if (!key) continue;
      sets.Document.add(key);
      types.CONTAINS.add(`${id}|${key}`);
      for (const i of d.issuers) types.ISSUED.add(`${id}|${orgName(i)}|${key}`);
      for (const sig of d.signatories ?? []) types.SIGNED.add(`${id}|${person(sig.person.name)}|${key}`);
      for (const t of d.tasks) {
        tasks++;
        types.HAS_TASK++;
        [...t.leads, ...t.responsible, ...t.cooperating].forEach(orgName);
        t.leaders.forEach((l) => person(l.name));
      }
      for (const a of d.appointments) {
        const p = person(a.person.name);
        const o = a.organization ? orgName(a.organization) : j;
        types.APPOINTMENTS.add(`${id}|${p}|${a.action}|${o}|${a.post}|${key}`);
      }
      for (const p of d.portfolios) {
        person(p.person.name);
        if ('person' in p.target) person(p.target.person);
        else if (!('area' in p.target)) orgName(p.target);
      }
      for (const s of d.supersedes) {
        const to = docKey(s.docNumber, s.title);
        if (to && to !== key) {
          sets.Document.add(to);
          types.SUPERSEDES.add(`${id}|${key}|${s.relation}|${to}`);
        }
      }
      for (const c of d.citations ?? []) {
        const to = docKey(c.docNumber, c.title);
        if (to && to !== key) {
          sets.Document.add(to);
          types.CITES.add(`${id}|${key}|${to}`);
        }
      }
      for (const p of d.programmes) {
        sets.Programme.add(`${id}|${key}|${p.name}`);
        p.leads.forEach(orgName);
      }
    }
  }
  return {
    labels: {
      Source: all.length,
      Task: tasks,
      Document: sets.Document.size,
      Organization: sets.Organization.size,
      Person: sets.Person.size,
      Programme: sets.Programme.size,
    },
    types: {
      HAS_TASK: types.HAS_TASK,
      ISSUED: types.ISSUED.size,
      SIGNED: types.SIGNED.size,
      CONTAINS: types.CONTAINS.size,
      CITES: types.CITES.size,
      'REPEALS|REPLACES|AMENDS': types.SUPERSEDES.size,
      'APPOINTED_TO|REMOVED_FROM|NOMINATED_FOR': types.APPOINTMENTS.size,
      ANNOUNCED_IN: sets.Programme.size,
    },
  };
}

async function actualCounts(expected: Expected): Promise<Expected> {
  const labels: Record<string, number> = {};
  for (const label of Object.keys(expected.labels)) {
    const [row] = await graph.read<{ n: number }>(`MATCH (n:${label}) RETURN count(n) AS n`);
    labels[label] = row!.n;
  }
  const types: Record<string, number> = {};
  for (const type of Object.keys(expected.types)) {
    const [row] = await graph.read<{ n: number }>(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`);
    types[type] = row!.n;
  }
  return { labels, types };
}

describe('the sample corpus', () => {
  it('extracts', () => {
    expect(sources.map((s) => s.id)).toEqual(['helan-2022-05.txt', 'yinchuan-2020-07.txt', 'yinchuan-2022-04.txt', 'yinchuan-2024-jan.txt']);
  });

  it('loads into exactly the nodes and relationships the extractions state', async () => {
    const summary = await loadSources(graph, [CORPUS]);
    expect(summary).toMatchObject({ loaded: 4, failed: 0 });
    const expected = expectedCounts(sources.map((s) => ({ id: s.id, e: s.extraction })));
    expect(expected.labels.Task).toBeGreaterThan(100);
    expect(await actualCounts(expected)).toEqual(expected);
    const [nodes] = await graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    expect(summary.counters.nodesCreated).toBe(nodes!.n);
  });

  it('changes nothing when loaded again, and gives the same graph loaded in reverse order', async () => {
    const first = await dumpGraph(graph);
    const again = await loadSources(graph, [CORPUS]);
    expect(again.unchanged).toBe(4);
    expect((await dumpGraph(graph)).hash).toBe(first.hash);

    await clearGraph(graph);
    const reversed = [...sources].reverse().map((s) => s.path);
    expect((await loadSources(graph, reversed)).loaded).toBe(4);
    expect(diffDumps(await dumpGraph(graph), first)).toEqual({ onlyA: [], onlyB: [] });
  });
});
