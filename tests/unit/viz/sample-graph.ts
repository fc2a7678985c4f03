// A small hand-made responsibility graph: a leader clustering two units, a
// task with three roles, a document and an area; one quote in a label.
import type { RespGraph, RespNode } from '../../../src/viz/model';
import { EDGE_LABELS, edgeId, nodeId, type EdgeKind, type Provenance } from '../../../src/viz/model';

function node(kind: RespNode['kind'], key: string, label: string, extra: Partial<RespNode> = {}): RespNode {
  return { id: nodeId(kind, key), kind, key, label, detail: null, counts: null, parent: null, expand: null, ...extra };
}

function prov(first: number, last: number, text: string): Provenance {
  return { source: 'helan-2022-05.txt', lines: [first, last], text };
}

export function sampleGraph(): RespGraph {
  const cluster = node('cluster', 'leader|贺兰县|段建宏', '段建宏 分管');
  const person = node('person', '贺兰县|段建宏', '段建宏', { parent: cluster.id });
  const finance = node('organization', '贺兰县财政局', '贺兰县财政局', { parent: cluster.id, counts: { lead: 2, cooperating: 7 } });
  const ndrc = node('organization', '贺兰县发展和改革局', '贺兰县发展和改革局', { parent: cluster.id });
  const health = node('organization', '贺兰县医疗保障局', '贺兰县医疗保障局');
  const task = node('task', 't1', '1. 落实基本医疗保险制度', { detail: '1.落实基本医疗保险制度。坚持“应保尽保”<全覆盖> & 公平' });
  const doc = node('document', '贺党发〔2022〕32号', '贺党发〔2022〕32号', { detail: '关于深化医疗保障制度改革的实施方案' });
  const area = node('area', '贺兰县|财税', '财税');
  const edge = (kind: EdgeKind, s: RespNode, t: RespNode, p: Provenance | null) => ({
    id: edgeId(kind, s.id, t.id, p), source: s.id, target: t.id, kind, label: EDGE_LABELS[kind], provenance: p,
  });
  const division = prov(296, 298, '分管县发展和改革局, 财政局（金融工作局）');
  return {
    scope: { kind: 'person', name: '段建宏' },
    root: person.id,
    title: '段建宏 的分管与任务',
    nodes: [cluster, person, finance, ndrc, health, task, doc, area],
    edges: [
      edge('supervises', person, finance, division),
      edge('supervises', person, ndrc, division),
      edge('responsible_for', person, area, prov(294, 294, '段建宏同志 协助县长负责发展改革、财税等工作。')),
      edge('lead', health, task, prov(171, 173, '1.落实基本医疗保险制度（牵头单位：医保局；配合单位：财政局）')),
      edge('cooperating', finance, task, prov(171, 173, '1.落实基本医疗保险制度（牵头单位：医保局；配合单位：财政局）')),
      edge('has_task', doc, task, null),
    ],
  };
}
