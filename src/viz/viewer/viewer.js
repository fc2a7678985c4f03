/* The responsibility graph viewer: search, draw (Cytoscape.js), expand nodes,
 * show the source lines of an edge, download the view. Plain browser script;
 * VIZ_STYLE (colours, shapes, labels) is set by the page. */
(function () {
  'use strict';
  var S = window.VIZ_STYLE;
  var cy = null;
  var current = null; // { scope, title, root }
  var expanded = {};
  var shownHash = '';
  var $ = function (id) { return document.getElementById(id); };

  function gql(query, variables) {
    return fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: query, variables: variables }),
    }).then(function (r) { return r.json(); }).then(function (body) {
      if (body.errors && body.errors.length) {
        var e = body.errors[0];
        throw new Error(e.message + (e.extensions && e.extensions.hint ? '（' + e.extensions.hint + '）' : ''));
      }
      return body.data;
    });
  }

  var GRAPH_QUERY = 'query($scope: GraphScopeInput!, $depth: Int) { responsibilityGraph(scope: $scope, depth: $depth) {' +
    ' scope { kind name } root title' +
    ' nodes { id kind key label detail parent counts { lead responsible cooperating } expand { kind name } }' +
    ' edges { id source target kind label provenance { source lines text } } } }';
  var FIND_QUERY = 'query($text: String!) { graphScopes(text: $text, first: 12) { kind key label detail } }';

  function status(text) { $('status').textContent = text; }

  function labelOf(n) {
    var lines = [n.label];
    var c = n.counts;
    if (c) {
      var parts = [];
      if (c.lead) parts.push('牵头' + c.lead);
      if (c.responsible) parts.push('负责' + c.responsible);
      if (c.cooperating) parts.push('配合' + c.cooperating);
      if (parts.length) lines.push(parts.join(' · '));
    }
    return lines.join('\n');
  }

  function elementsOf(g) {
    var els = [];
    g.nodes.forEach(function (n) {
      var data = { id: n.id, label: labelOf(n), kind: n.kind, node: n };
      if (n.parent) data.parent = n.parent;
      els.push({ group: 'nodes', data: data });
    });
    g.edges.forEach(function (e) {
      els.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: e.label, kind: e.kind, edge: e } });
    });
    return els;
  }

  function styles() {
    var st = [
      { selector: 'node', style: {
        'label': 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 170, 'font-size': 12,
        'font-family': S.font, 'text-valign': 'center', 'text-halign': 'center',
        'width': 'label', 'height': 'label', 'padding': 8, 'border-width': 1.2 } },
      { selector: 'node:parent', style: {
        'text-valign': 'top', 'text-halign': 'center', 'border-style': 'dashed', 'padding': 12, 'font-weight': 'bold' } },
      { selector: 'edge', style: {
        'label': 'data(label)', 'font-size': 10, 'font-family': S.font, 'curve-style': 'bezier',
        'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'width': 1.5,
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
      { selector: 'edge.selected', style: { 'width': 4 } },
      { selector: 'node.expanded', style: { 'border-width': 3 } },
      { selector: 'node.root', style: { 'border-width': 3, 'font-weight': 'bold' } },
    ];
    Object.keys(S.nodes).forEach(function (k) {
      var s = S.nodes[k];
      st.push({ selector: 'node[kind = "' + k + '"]', style: { 'background-color': s.fill, 'border-color': s.border, 'shape': s.cyShape } });
    });
    Object.keys(S.edges).forEach(function (k) {
      var dashed = k === 'liaises' || k === 'cooperating';
      st.push({ selector: 'edge[kind = "' + k + '"]', style: {
        'line-color': S.edges[k], 'target-arrow-color': S.edges[k], 'color': S.edges[k], 'line-style': dashed ? 'dashed' : 'solid' } });
    });
    return st;
  }

  /* Large or clustered graphs: each cluster (a leader and the units he or she
   * supervises) as a block of rows, blocks packed left to right in rows;
   * O(n), so a jurisdiction lays out at once. */
  function clusterGrid() {
    var positions = {};
    var W = 215, H = 64, x0 = 0, y0 = 0, rowH = 0, maxW = 2800;
    function block(nodes, head) {
      var cols = Math.max(1, Math.ceil(Math.sqrt(nodes.length)));
      var rows = Math.ceil(nodes.length / cols);
      var width = cols * W, height = (rows + (head ? 1 : 0)) * H;
      if (x0 > 0 && x0 + width > maxW) { x0 = 0; y0 += rowH + 70; rowH = 0; }
      if (head) positions[head.id()] = { x: x0 + width / 2, y: y0 };
      nodes.forEach(function (n, i) {
        positions[n.id()] = { x: x0 + (i % cols) * W + W / 2, y: y0 + (Math.floor(i / cols) + (head ? 1 : 0)) * H };
      });
      x0 += width + 110; rowH = Math.max(rowH, height);
    }
    cy.nodes(':parent').forEach(function (p) {
      var kids = p.children();
      var head = kids.filter('[kind = "person"]')[0];
      block(kids.filter(function (n) { return n !== head; }).toArray(), head);
    });
    var loose = cy.nodes(':orphan').filter(function (n) { return !n.isParent(); });
    var byKind = {};
    loose.forEach(function (n) { (byKind[n.data('kind')] = byKind[n.data('kind')] || []).push(n); });
    Object.keys(byKind).forEach(function (k) { block(byKind[k], null); });
    return { name: 'preset', positions: function (n) { return positions[n.id()]; }, fit: true, padding: 30, animate: false };
  }

  function layoutOptions() {
    var clustered = cy.nodes(':parent').length > 0;
    if (clustered || cy.nodes().length > 150) return clusterGrid();
    var root = current && current.root ? cy.getElementById(current.root) : cy.collection();
    if (!root.length) return { name: 'breadthfirst', directed: true, fit: true, padding: 30, animate: false, avoidOverlap: true, spacingFactor: 0.9 };
    // rings around the scope's node: its direct facts first, then what they lead to
    var level = {};
    cy.elements().bfs({ roots: root, directed: false, visit: function (v, e, u, i, depth) { level[v.id()] = depth; } });
    return { name: 'concentric', fit: true, padding: 30, animate: false, avoidOverlap: true, minNodeSpacing: 6, startAngle: 1.5 * Math.PI,
      concentric: function (n) { return 10 - (level[n.id()] === undefined ? 9 : Math.min(level[n.id()], 9)); },
      levelWidth: function () { return 1; } };
  }

  function layout() {
    var t0 = performance.now();
    cy.layout(layoutOptions()).run();
    var ms = performance.now() - t0;
    window.__vizLayoutMs = ms;
    status(cy.nodes().length + ' 个节点，' + cy.edges().length + ' 条关系；布局 ' + ms.toFixed(0) + ' ms');
    return ms;
  }

  function draw(g) {
    current = { scope: g.scope, title: g.title, root: g.root };
    expanded = {};
    if (g.root) expanded[g.root] = true;
    $('title').textContent = g.title;
    $('fact').hidden = true;
    $('node-info').hidden = true;
    if (cy) cy.destroy();
    cy = cytoscape({ container: $('cy'), elements: elementsOf(g), style: styles(), wheelSensitivity: 0.3, minZoom: 0.05 });
    if (g.root) cy.getElementById(g.root).addClass('root');
    cy.on('tap', 'node', function (ev) { onNode(ev.target); });
    cy.on('tap', 'edge', function (ev) { showFact(ev.target); });
    layout();
  }

  function load(scope, depth) {
    var input = {}; input[scope.kind] = scope.name;
    status('加载中…');
    shownHash = '#' + encodeURIComponent(scope.kind) + '=' + encodeURIComponent(scope.name);
    if (location.hash !== shownHash) location.hash = shownHash;
    return gql(GRAPH_QUERY, { scope: input, depth: depth || 1 })
      .then(function (d) { draw(d.responsibilityGraph); })
      .catch(function (e) { status('出错：' + e.message); });
  }

  function onNode(node) {
    var n = node.data('node');
    showNode(n);
    if (!n || !n.expand || expanded[n.id]) return;
    var input = {}; input[n.expand.kind] = n.expand.name;
    status('展开 ' + n.label + '…');
    gql(GRAPH_QUERY, { scope: input, depth: 1 }).then(function (d) {
      expanded[n.id] = true;
      node.addClass('expanded');
      var add = elementsOf(d.responsibilityGraph).filter(function (el) { return cy.getElementById(el.data.id).length === 0; });
      // a node already drawn keeps its place; new ones may not join a cluster they are not in
      add.forEach(function (el) {
        if (el.data.parent && cy.getElementById(el.data.parent).length === 0 && !add.some(function (o) { return o.data.id === el.data.parent; })) delete el.data.parent;
      });
      cy.add(add);
      layout();
    }).catch(function (e) { status('出错：' + e.message); });
  }

  function showNode(n) {
    if (!n) return;
    $('node-info').hidden = false;
    $('node-label').textContent = n.label;
    $('node-kind').textContent = (S.kinds[n.kind] || n.kind) + (n.expand ? '（点击展开）' : '');
    $('node-detail').textContent = n.detail || '';
  }

  function showFact(edge) {
    cy.edges('.selected').removeClass('selected');
    edge.addClass('selected');
    var e = edge.data('edge');
    var s = cy.getElementById(e.source).data('node');
    var t = cy.getElementById(e.target).data('node');
    $('fact').hidden = false;
    $('fact-title').textContent = (s ? s.label : e.source) + ' —' + e.label + '→ ' + (t ? t.label : e.target);
    var p = e.provenance;
    $('fact-lines').textContent = p ? p.source + ' 第 ' + (p.lines[0] === p.lines[1] ? p.lines[0] : p.lines[0] + '–' + p.lines[1]) + ' 行' : '（无出处）';
    $('fact-text').textContent = p && p.text ? p.text : '';
  }

  function currentGraph() {
    return {
      scope: current.scope, root: current.root, title: current.title,
      nodes: cy.nodes().map(function (n) { return n.data('node'); }).filter(Boolean),
      edges: cy.edges().map(function (e) { return e.data('edge'); }).filter(Boolean),
    };
  }

  function download(format) {
    if (!cy) return;
    status('生成 ' + format.toUpperCase() + '…');
    fetch('/viewer/export?format=' + format, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(currentGraph()) })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.blob(); })
      .then(function (blob) {
        var a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = (current.scope.name || 'graph').replace(/[\\/:*?"<>|]/g, '_') + '.' + format;
        document.body.appendChild(a); a.click(); a.remove();
        status('已下载 ' + a.download);
      })
      .catch(function (e) { status('下载失败：' + e.message); });
  }

  var timer = null;
  function search() {
    var text = $('search').value.trim();
    clearTimeout(timer);
    if (!text) { $('results').innerHTML = ''; return; }
    timer = setTimeout(function () {
      gql(FIND_QUERY, { text: text }).then(function (d) {
        var ul = $('results');
        ul.innerHTML = '';
        d.graphScopes.forEach(function (m) {
          var li = document.createElement('li');
          li.tabIndex = 0;
          li.dataset.kind = m.kind; li.dataset.key = m.key;
          var k = document.createElement('span'); k.className = 'kind'; k.textContent = S.scopes[m.kind] || m.kind;
          var l = document.createElement('span'); l.className = 'label'; l.textContent = m.label;
          li.appendChild(k); li.appendChild(l);
          if (m.detail) { var dd = document.createElement('span'); dd.className = 'detail'; dd.textContent = m.detail; li.appendChild(dd); }
          li.onclick = function () { load({ kind: m.kind, name: m.key }); };
          li.onkeydown = function (ev) { if (ev.key === 'Enter') li.onclick(); };
          ul.appendChild(li);
        });
        if (!d.graphScopes.length) ul.innerHTML = '<li class="hint">没有找到</li>';
      }).catch(function (e) { status('出错：' + e.message); });
    }, 200);
  }

  function legend() {
    var box = $('legend');
    Object.keys(S.edges).forEach(function (k) {
      if (['lead', 'responsible', 'cooperating', 'supervises', 'liaises', 'presides'].indexOf(k) < 0) return;
      var div = document.createElement('div');
      div.innerHTML = '<span class="swatch"></span>';
      div.firstChild.style.background = S.edges[k];
      div.appendChild(document.createTextNode(S.edgeLabels[k]));
      box.appendChild(div);
    });
  }

  function fromHash() {
    if (location.hash === shownHash) return;
    var m = /^#(organization|document|person|jurisdiction)=(.+)$/.exec(location.hash);
    if (m) load({ kind: m[1], name: decodeURIComponent(m[2]) });
  }

  window.viz = { load: load, download: download, get cy() { return cy; } };
  document.addEventListener('DOMContentLoaded', function () {
    legend();
    $('search').addEventListener('input', search);
    window.addEventListener('hashchange', fromHash);
    document.querySelectorAll('#downloads button').forEach(function (b) { b.onclick = function () { download(b.dataset.format); }; });
    (document.fonts ? document.fonts.load('12px "Noto Sans SC"') : Promise.resolve()).catch(function () {}).then(fromHash);
  });
})();
