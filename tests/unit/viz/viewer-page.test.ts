import { viewerPage } from '../../../src/viz/viewer/page';
import { asGraph, isViewerPath } from '../../../src/viz/viewer/handler';
import { staggerLeaves } from '../../../src/viz/render/dot';
import { sampleGraph } from './sample-graph';
import type { RespGraph } from '../../../src/viz/model';

describe('viewer page', () => {
  const html = viewerPage();
  it('loads its scripts and font from the server only', () => {
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls).toEqual(['/viewer/assets/viewer.css', '/viewer/assets/cytoscape.min.js', '/viewer/assets/viewer.js']);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('hands the role colours and Chinese labels to the script', () => {
    const style = JSON.parse(/window\.VIZ_STYLE = (.*);<\/script>/.exec(html)![1]!);
    expect(style.edges.lead).toBe('#d62728');
    expect(style.edgeLabels.supervises).toBe('分管');
    expect(style.nodes.organization.cyShape).toBe('round-rectangle');
  });

  it('routes /viewer and below only', () => {
    expect(isViewerPath('/viewer')).toBe(true);
    expect(isViewerPath('/viewer/assets/viewer.js')).toBe(true);
    expect(isViewerPath('/viewers')).toBe(false);
  });
});

describe('export body', () => {
  it('keeps the nodes and edges the renderers can draw and drops the rest', () => {
    const g = sampleGraph();
    const body = JSON.parse(JSON.stringify({
      ...g,
      nodes: [...g.nodes, { id: 'x', kind: 'spaceship', label: 'x' }],
      edges: [...g.edges, { id: 'bad', source: 'x', target: g.nodes[1]!.id, kind: 'lead' }, { id: 'odd', source: g.nodes[1]!.id, target: g.nodes[2]!.id, kind: 'likes' }],
    }));
    const clean = asGraph(body);
    expect(clean.nodes.map((n) => n.id)).toEqual(g.nodes.map((n) => n.id));
    expect(clean.edges.map((e) => e.id)).toEqual(g.edges.map((e) => e.id));
    expect(() => asGraph({ nodes: 'no' })).toThrow('expected');
  });
});

describe('staggerLeaves', () => {
  it('spreads a large fan of sinks over several ranks and leaves small fans alone', () => {
    const unit = { id: 'u', kind: 'organization', key: 'u', label: 'u', detail: null, counts: null, parent: null, expand: null } as const;
    const tasks = Array.from({ length: 10 }, (_, i) => ({ ...unit, id: `t${i}`, kind: 'task' as const }));
    const g: RespGraph = {
      scope: { kind: 'organization', name: 'u' }, root: 'u', title: '',
      nodes: [unit, ...tasks],
      edges: tasks.map((t) => ({ id: `e${t.id}`, source: 'u', target: t.id, kind: 'lead', label: '牵头', provenance: null })),
    };
    const minlen = staggerLeaves(g);
    expect([...minlen.values()]).toEqual([1, 2, 3, 4, 1, 2, 3, 4, 1, 2]);
    expect(staggerLeaves({ ...g, edges: g.edges.slice(0, 6) }).size).toBe(0);
  });
});
