// Text for people: one line per source and the end-of-run summary. Pure.
import type { LoadSummary, SourceResult } from './index';

export function sourceLine(r: SourceResult): string {
  const name = r.id ?? r.path;
  if (r.outcome === 'failed') return `${r.path}: failed: ${r.reason ?? 'unknown reason'}`;
  if (r.outcome === 'unchanged') return `${name}: unchanged`;
  const c = r.counters;
  return `${name}: ${r.outcome} (${r.records} records; ${c.nodesCreated} nodes, ${c.relationshipsCreated} relationships created)`;
}

export function summaryText(s: LoadSummary, seconds: number): string {
  const c = s.counters;
  const lines = [
    `sources: ${s.loaded} loaded, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.failed} failed`,
    `graph: ${c.nodesCreated} nodes and ${c.relationshipsCreated} relationships created, ` +
      `${c.nodesDeleted} nodes and ${c.relationshipsDeleted} relationships deleted`,
    `time: ${seconds.toFixed(2)} s` + (s.records > 0 && seconds > 0 ? ` (${Math.round(s.records / seconds)} records/s)` : ''),
  ];
  for (const f of s.sources.filter((r) => r.outcome === 'failed')) lines.push(`  failed ${f.path}: ${f.reason ?? 'unknown reason'}`);
  return lines.join('\n');
}
