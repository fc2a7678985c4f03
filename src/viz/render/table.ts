// JSON (the graph as built) and CSV (one row per edge, RFC 4180, with a BOM
// so spreadsheet programs read the Chinese as UTF-8).
import type { RespGraph } from '../model';

export function toJson(g: RespGraph): string {
  return JSON.stringify(g, null, 2) + '\n';
}

const CSV_HEADER = [
  'source_id', 'source_label', 'source_kind', 'relation', 'relation_label',
  'target_id', 'target_label', 'target_kind', 'file', 'first_line', 'last_line', 'text',
];

export function toCsv(g: RespGraph): string {
  const nodes = new Map(g.nodes.map((n) => [n.id, n]));
  const rows = g.edges.map((e) => {
    const s = nodes.get(e.source);
    const t = nodes.get(e.target);
    const p = e.provenance;
    return [
      e.source, s?.label ?? '', s?.kind ?? '', e.kind, e.label, e.target, t?.label ?? '', t?.kind ?? '',
      p?.source ?? '', p ? String(p.lines[0]) : '', p ? String(p.lines[1]) : '', p?.text ?? '',
    ];
  });
  return '\ufeff' + [CSV_HEADER, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
