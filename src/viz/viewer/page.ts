// The viewer's HTML page. Styles (colours, shapes, labels) come from
// ../style.ts and ../model.ts, passed to the script as VIZ_STYLE.
import { EDGE_LABELS, NODE_KIND_LABELS } from '../model';
import { EDGE_COLORS, FONT_STACK, NODE_STYLES } from '../style';

const SCOPE_LABELS = { organization: '单位', person: '领导', document: '文件', jurisdiction: '行政区' };

export function viewerPage(): string {
  const style = { nodes: NODE_STYLES, edges: EDGE_COLORS, edgeLabels: EDGE_LABELS, kinds: NODE_KIND_LABELS, scopes: SCOPE_LABELS, font: FONT_STACK };
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>职责关系图 · gazette-graph</title>
<link rel="stylesheet" href="/viewer/assets/viewer.css">
<script>window.VIZ_STYLE = ${JSON.stringify(style).replace(/</g, '\\u003c')};</script>
<script src="/viewer/assets/cytoscape.min.js"></script>
<script src="/viewer/assets/viewer.js"></script>
</head>
<body>
<header><h1>职责关系图</h1><span id="title"></span><span id="status">输入单位、领导或文件名称开始</span></header>
<aside>
  <input id="search" type="search" placeholder="搜索单位、领导、文件（如 发改局、段建宏、贺政发〔2022〕68号）" autocomplete="off">
  <ul id="results"></ul>
  <div id="downloads"><span class="hint">下载当前视图：</span><br>
    <button data-format="svg">SVG</button><button data-format="png">PNG</button><button data-format="graphml">GraphML</button></div>
  <div id="legend"><div class="hint">关系颜色</div></div>
  <p class="hint">点击节点展开；点击连线查看原文。</p>
</aside>
<main id="cy"></main>
<aside id="side">
  <section id="node-info" hidden><h2 id="node-label"></h2><div id="node-kind" class="hint"></div><p id="node-detail"></p></section>
  <section id="fact" hidden><h2 id="fact-title"></h2><div id="fact-lines"></div><pre id="fact-text"></pre></section>
</aside>
</body>
</html>
`;
}
