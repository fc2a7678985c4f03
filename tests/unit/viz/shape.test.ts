import { GraphBuilder, taskLabel } from '../../../src/viz/assemble';
import { clusterByLeader, collapseLeaves } from '../../../src/viz/shape';
import type { FactRow } from '../../../src/viz/assemble';

const finance = { kind: 'organization', key: '贺兰县财政局', label: '贺兰县财政局' } as const;
const health = { kind: 'organization', key: '贺兰县医疗保障局', label: '贺兰县医疗保障局' } as const;
const leader = { kind: 'person', key: '贺兰县|段建宏', label: '段建宏' } as const;
const task = (n: number) => ({ kind: 'task', key: `t${n}`, label: `${n}.任务第${n}项的完整文字`, number: String(n) }) as const;
const prov = (line: number) => ({ source: 'helan.txt', lines: [line, line + 1] });

function graphWith(facts: FactRow[]) {
  const b = new GraphBuilder();
  b.node(leader);
  facts.forEach((f) => b.fact(f));
  return b.build({ kind: 'person', name: '段建宏' }, 'person:贺兰县|段建宏', 't');
}

describe('GraphBuilder', () => {
  it('merges nodes by id, keeps one edge per fact and labels edges in Chinese', () => {
    const g = graphWith([
      { from: finance, to: task(1), rel: 'cooperating', prov: prov(10) },
      { from: finance, to: task(1), rel: 'cooperating', prov: prov(10) },
      { from: health, to: task(1), rel: 'lead', prov: prov(10) },
      { from: leader, to: finance, rel: 'SUPERVISES', prov: prov(296) },
    ]);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['organization:贺兰县医疗保障局', 'organization:贺兰县财政局', 'person:贺兰县|段建宏', 'task:t1']);
    expect(g.edges.map((e) => `${e.kind}:${e.label}`)).toEqual(['cooperating:配合', 'lead:牵头', 'supervises:分管']);
    expect(g.edges[2]!.provenance).toEqual({ source: 'helan.txt', lines: [296, 297], text: null });
    expect(g.nodes.find((n) => n.kind === 'organization')!.expand).toEqual({ kind: 'organization', name: '贺兰县财政局' });
  });

  it('rejects a relation it does not know', () => {
    expect(() => graphWith([{ from: leader, to: finance, rel: 'LIKES', prov: null }])).toThrow('LIKES');
  });
});

describe('taskLabel', () => {
  it('keeps the number once and shortens long wording', () => {
    expect(taskLabel('1', '1.落实基本医疗保险制度')).toBe('1. 落实基本医疗保险制度');
    expect(taskLabel('（三）', '（三）健全 重特大疾病医疗保险和救助制度，完善医疗救助托底保障')).toBe('（三）健全重特大疾病医疗保险和救助制度，完…');
    expect(taskLabel(null, '推进数字政府建设')).toBe('推进数字政府建设');
  });
});

describe('collapseLeaves', () => {
  const facts: FactRow[] = [
    ...[1, 2, 3, 4].map((n) => ({ from: finance, to: task(n), rel: 'cooperating', prov: prov(n) })),
    { from: health, to: task(4), rel: 'lead', prov: prov(4) },
    { from: finance, to: task(5), rel: 'lead', prov: prov(5) },
  ];

  it('replaces more than N unshared task leaves of one unit and role by a counted node', () => {
    const g = collapseLeaves(graphWith(facts), 2);
    const group = g.nodes.find((n) => n.kind === 'group');
    expect(group?.label).toBe('配合任务 ×3');
    expect(g.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['task:t4', 'task:t5']));
    expect(g.nodes.map((n) => n.id)).not.toContain('task:t1');
    expect(g.edges.filter((e) => e.target === group!.id).map((e) => e.source)).toEqual(['organization:贺兰县财政局']);
    expect(g.nodes.find((n) => n.id === 'organization:贺兰县财政局')!.counts).toEqual({ cooperating: 3 });
  });

  it('leaves a graph under the threshold unchanged', () => {
    const g = graphWith(facts);
    expect(collapseLeaves(g, 3)).toBe(g);
  });
});

describe('clusterByLeader', () => {
  it('boxes a leader with the units he supervises, not those he only liaises with', () => {
    const g = clusterByLeader(graphWith([
      { from: leader, to: finance, rel: 'SUPERVISES', prov: prov(296) },
      { from: leader, to: health, rel: 'LIAISES_WITH', prov: prov(298) },
    ]));
    const cluster = g.nodes.find((n) => n.kind === 'cluster');
    expect(cluster?.label).toBe('段建宏 分管');
    expect(g.nodes.filter((n) => n.parent === cluster!.id).map((n) => n.id).sort()).toEqual(['organization:贺兰县财政局', 'person:贺兰县|段建宏']);
    expect(g.nodes.find((n) => n.id === 'organization:贺兰县医疗保障局')!.parent).toBeNull();
    expect(g.edges.some((e) => e.source === cluster!.id || e.target === cluster!.id)).toBe(false);
  });
});
