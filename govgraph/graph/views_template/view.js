/* govgraph view: draws the embedded graph with vis-network, with a legend that filters by kind,
   a name search and a panel showing the selected node's or link's tooltip. Text goes into the
   page only through textContent: no markup is ever built from the data. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("gg-data").textContent);
  var byId = function (id) { return document.getElementById(id); };
  var search = byId("gg-search"), withNeighbours = byId("gg-neighbours"), count = byId("gg-count");
  var statusLine = byId("gg-status"), info = byId("gg-info"), physicsBox = byId("gg-physics");

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var started = Date.now();
  statusLine.textContent = data.physics ? "arranging\u2026" : "drawing\u2026";
  var network = new vis.Network(byId("gg-network"), { nodes: nodes, edges: edges }, data.options);
  window.ggView = { network: network, nodes: nodes, edges: edges, data: data, ready: false };

  function ready() {
    window.ggView.ready = true;
    statusLine.textContent = "ready in " + ((Date.now() - started) / 1000).toFixed(1) + " s";
  }
  if (data.physics) {
    physicsBox.checked = true;
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      physicsBox.checked = false;
      ready();
    });
  } else {
    network.once("afterDrawing", ready);
  }
  if (data.large) { byId("gg-physics-label").hidden = true; }
  physicsBox.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physicsBox.checked } });
  });
  byId("gg-fit").addEventListener("click", function () { network.fit({ animation: false }); });

  var neighbours = {};
  data.edges.forEach(function (e) {
    (neighbours[e.from] = neighbours[e.from] || []).push(e.to);
    (neighbours[e.to] = neighbours[e.to] || []).push(e.from);
  });

  var hiddenKinds = {}, hiddenRelations = {};

  function apply(focus) {
    var q = search.value.trim().toLowerCase();
    var match = null, matched = [];
    if (q) {
      match = {};
      data.nodes.forEach(function (n) {
        if (n.search.indexOf(q) >= 0) { match[n.id] = 1; matched.push(n.id); }
      });
      if (withNeighbours.checked) {
        matched.forEach(function (id) {
          (neighbours[id] || []).forEach(function (other) { if (!match[other]) { match[other] = 2; } });
        });
      }
    }
    var changes = [], shown = 0;
    data.nodes.forEach(function (n) {
      var hide = Boolean(hiddenKinds[n.kind]) || (match !== null && !match[n.id]);
      if (!hide) { shown += 1; }
      if (Boolean(n.hidden) !== hide) { n.hidden = hide; changes.push({ id: n.id, hidden: hide }); }
    });
    if (changes.length) { nodes.update(changes); }
    var edgeChanges = [];
    data.edges.forEach(function (e) {
      var hide = Boolean(hiddenRelations[e.kind]);
      if (Boolean(e.hidden) !== hide) { e.hidden = hide; edgeChanges.push({ id: e.id, hidden: hide }); }
    });
    if (edgeChanges.length) { edges.update(edgeChanges); }
    count.textContent = shown + " of " + data.nodes.length + " shown" +
      (q ? " (" + matched.length + " matching)" : "");
    var visible = matched.filter(function (id) { return !hiddenKinds[nodes.get(id).kind]; });
    network.selectNodes(visible);
    if (focus && visible.length) { network.fit({ nodes: visible, animation: false }); }
  }

  var timer = null;
  search.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { apply(true); }, 200);
  });
  withNeighbours.addEventListener("change", function () { apply(true); });

  function legend(listId, entries, hidden, line) {
    var list = byId(listId);
    entries.forEach(function (entry) {
      var item = document.createElement("li");
      var label = document.createElement("label");
      var box = document.createElement("input");
      box.type = "checkbox";
      box.checked = true;
      box.setAttribute("data-kind", entry.kind);
      box.addEventListener("change", function () { hidden[entry.kind] = !box.checked; apply(false); });
      var swatch = document.createElement("span");
      if (line) {
        swatch.className = "gg-line";
        swatch.style.borderTopColor = entry.color;
        if (entry.dashes) { swatch.style.borderTopStyle = "dashed"; }
      } else {
        swatch.className = "gg-swatch";
        swatch.style.color = entry.color;
        swatch.textContent = entry.glyph;
      }
      var text = document.createElement("span");
      text.textContent = entry.label;
      var n = document.createElement("span");
      n.className = "gg-n";
      n.textContent = String(entry.count);
      label.appendChild(box);
      label.appendChild(swatch);
      label.appendChild(text);
      label.appendChild(n);
      item.appendChild(label);
      list.appendChild(item);
    });
  }
  legend("gg-legend", data.legend, hiddenKinds, false);
  legend("gg-edge-legend", data.edge_legend, hiddenRelations, true);

  network.on("click", function (params) {
    if (params.nodes.length) {
      info.textContent = nodes.get(params.nodes[0]).title || "";
    } else if (params.edges.length) {
      info.textContent = edges.get(params.edges[0]).title || "";
    }
  });
  apply(false);
})();
