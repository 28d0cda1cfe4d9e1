// rasd network page: the signed actor network of a time window, drawn in SVG with a
// small force layout (written here, no library), a month slider, alliances coloured,
// and a click on an edge listing its events with their Arabic evidence.
// Every string from the server goes into the page through textContent only.
"use strict";
(function () {
  var SVGNS = "http://www.w3.org/2000/svg";
  var W = 1000, H = 700, MARGIN = 40;
  var PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
                 "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#637939", "#8c6d31", "#843c39"];
  var svg = document.getElementById("net");
  var slider = document.getElementById("month");
  var allTime = document.getElementById("all-time");
  var windowSel = document.getElementById("window");
  var limitSel = document.getElementById("limit");
  var tiesSel = document.getElementById("ties");
  var label = document.getElementById("window-label");
  var status = document.getElementById("status");
  var months = [];
  var pos = {};            // node id -> {x, y}, kept across windows so the picture stays put
  var current = null;      // the last /api/network answer
  var pending = null;
  var timer = null;

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVGNS, name);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }
  var html = window.rasdDom.html;
  // alliances are numbered largest first; past the palette they share grey
  function colour(i) { return i === null || i === undefined || i >= PALETTE.length ? "#b0b0b0" : PALETTE[i]; }

  function addMonths(ym, n) {
    var y = +ym.slice(0, 4), m = +ym.slice(5, 7) - 1 + n;
    y += Math.floor(m / 12); m = ((m % 12) + 12) % 12;
    return y + "-" + String(m + 1).padStart(2, "0");
  }
  function windowRange() {
    if (allTime.checked || !months.length) return { from: "", to: "", text: "all time" };
    var start = months[+slider.value].month, end = addMonths(start, +windowSel.value - 1);
    return { from: start, to: end, text: start === end ? start : start + " – " + end };
  }

  function load() {
    var r = windowRange();
    label.textContent = r.text;
    status.textContent = "loading…";
    if (pending) pending.abort();
    pending = new AbortController();
    var q = new URLSearchParams({ limit: limitSel.value });
    if (r.from) { q.set("from", r.from); q.set("to", r.to); }
    fetch("/api/network?" + q.toString(), { signal: pending.signal })
      .then(function (res) { return res.json(); })
      .then(function (data) {
        if (data.error) { status.textContent = data.error.message; return; }
        current = data; current.window = r;
        var among = data.edges.length, most = tiesSel.value === "all" ? Infinity : +tiesSel.value;
        if (among > most) {   // the strongest ties only: a readable drawing
          data.edges = data.edges.slice().sort(function (a, b) { return Math.abs(b.weight) - Math.abs(a.weight); }).slice(0, most);
        }
        var tied = {};   // actors left without a drawn tie are not drawn either
        data.edges.forEach(function (e) { tied[e.source] = tied[e.target] = true; });
        data.nodes = data.nodes.filter(function (d) { return tied[d.id]; });
        layout(data); draw(data); alliances(data);
        status.textContent = data.nodes.length + " of " + data.total_nodes + " actors; " + data.edges.length +
          " of the " + among + " ties among them drawn (" + data.total_edges + " in all)";
        document.body.dataset.ready = "1";
      })
      .catch(function (e) { if (e.name !== "AbortError") status.textContent = String(e); });
  }
  function schedule() { clearTimeout(timer); timer = setTimeout(load, 150); }

  // -- force layout (Fruchterman-Reingold, signed): every pair repels, cooperation
  // edges attract (more for stronger ties), conflict edges only weakly; the temperature
  // cools so the drawing settles. Positions are kept from the previous window.
  function layout(data) {
    var nodes = data.nodes, n = nodes.length, index = {};
    if (!n) return;
    nodes.forEach(function (d, i) {
      index[d.id] = i;
      if (!pos[d.id]) {
        var a = 2 * Math.PI * i / n, r = 150 + 150 * Math.random();
        pos[d.id] = { x: W / 2 + r * Math.cos(a), y: H / 2 + 0.7 * r * Math.sin(a) };
      }
    });
    var maxw = data.edges.reduce(function (m, e) { return Math.max(m, Math.abs(e.weight)); }, 0) || 1;
    var links = data.edges.map(function (e) {
      return { a: index[e.source], b: index[e.target], w: e.weight / maxw };
    });
    var P = nodes.map(function (d) { return { x: pos[d.id].x, y: pos[d.id].y, dx: 0, dy: 0, m: 1 }; });
    // hubs repel more (as in ForceAtlas2), so their many neighbours get room
    links.forEach(function (l) { P[l.a].m += 1; P[l.b].m += 1; });
    var meanM = P.reduce(function (t, p) { return t + Math.sqrt(p.m); }, 0) / n;
    P.forEach(function (p) { p.m = Math.sqrt(p.m) / meanM; });
    var k = 0.9 * Math.sqrt((W - 2 * MARGIN) * (H - 2 * MARGIN) / n), k2 = k * k;
    var iterations = n > 250 ? 150 : 250, temp = W / 8;
    // gravity such that all-repelling nodes would settle within radius R0 of the centre
    var R0 = 0.42 * Math.min(W, H), grav = 2 * n * k2 / (R0 * R0 * R0), reach = 3 * k;
    for (var it = 0; it < iterations; it++) {
      P.forEach(function (p) { p.dx = 0; p.dy = 0; });
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var dx = P[i].x - P[j].x, dy = P[i].y - P[j].y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
          if (d > reach) continue;   // far apart: no push, so separate groups are not flung away
          var f = k2 * P[i].m * P[j].m / d;
          P[i].dx += f * dx / d; P[i].dy += f * dy / d; P[j].dx -= f * dx / d; P[j].dy -= f * dy / d;
        }
      }
      links.forEach(function (l) {
        var p = P[l.a], q = P[l.b], dx = q.x - p.x, dy = q.y - p.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
        // cooperation pulls hard, conflict only a little (adversaries stay in view but apart)
        var f = (d * d / k) * (l.w > 0 ? 0.4 + 0.6 * Math.sqrt(l.w) : 0.08);
        p.dx += f * dx / d; p.dy += f * dy / d; q.dx -= f * dx / d; q.dy -= f * dy / d;
      });
      P.forEach(function (p) {
        p.dx += (W / 2 - p.x) * grav; p.dy += (H / 2 - p.y) * grav;   // gravity: a spring to the centre
        var d = Math.sqrt(p.dx * p.dx + p.dy * p.dy) + 0.01, step = Math.min(d, temp);
        p.x += p.dx / d * step; p.y += p.dy / d * step;
      });
      temp = Math.max(1, temp * 0.97);
    }
    // fit into the drawing (the few farthest nodes are pulled in to the border)
    function bounds(values) {
      var v = values.slice().sort(function (a, b) { return a - b; }), cut = Math.floor(v.length * 0.04);
      return [v[cut], v[v.length - 1 - cut]];
    }
    var bx = bounds(P.map(function (p) { return p.x; })), by = bounds(P.map(function (p) { return p.y; }));
    var minx = bx[0], maxx = bx[1], miny = by[0], maxy = by[1];
    P.forEach(function (p) {
      p.x = Math.min(maxx, Math.max(minx, p.x)); p.y = Math.min(maxy, Math.max(miny, p.y));
    });
    var sx = (W - 2 * MARGIN - 120) / Math.max(1, maxx - minx), sy = (H - 2 * MARGIN) / Math.max(1, maxy - miny);
    // each axis filled on its own (a little stretch reads better than a strip of empty canvas)
    sx = Math.min(sx, 2.5, 1.8 * sy); sy = Math.min(sy, 2.5, 1.8 * sx);
    var ox = (W - 100 - sx * (maxx - minx)) / 2, oy = (H - sy * (maxy - miny)) / 2;
    nodes.forEach(function (d, i) { pos[d.id] = { x: ox + (P[i].x - minx) * sx, y: oy + (P[i].y - miny) * sy }; });
  }

  var scale = { strength: 1, weight: 1 };
  function radius(d) { return 4 + 13 * Math.sqrt((d.strength || 0) / scale.strength); }
  function width(e) { return 0.7 + 7 * Math.abs(e.weight) / scale.weight; }

  function draw(data) {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    scale.strength = data.nodes.reduce(function (m, d) { return Math.max(m, d.strength || 0); }, 0) || 1;
    scale.weight = data.edges.reduce(function (m, e) { return Math.max(m, Math.abs(e.weight)); }, 0) || 1;
    var labelled = {};   // names shown for the strongest nodes; the others on hover
    data.nodes.slice().sort(function (a, b) { return b.strength - a.strength; }).slice(0, 45)
      .forEach(function (d) { labelled[d.id] = true; });
    var edgeLayer = el("g", { "class": "edges" }, svg), nodeLayer = el("g", { "class": "nodes" }, svg);
    var lines = [];
    data.edges.forEach(function (e) {
      var a = pos[e.source], b = pos[e.target];
      var g = el("g", { "class": "edge-g" }, edgeLayer);
      var line = el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "stroke-width": width(e),
        "class": "edge " + (e.weight > 0 ? "pos" : e.weight < 0 ? "neg" : "zero"),
        "data-source": e.source, "data-target": e.target }, g);
      var hit = el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "class": "hit" }, g);
      var title = el("title", {}, hit);
      title.textContent = labelOf(e.source) + " — " + labelOf(e.target) + ": " + e.weight + " (" + e.events + " events)";
      hit.addEventListener("click", function () { selectEdge(e, line); });
      lines.push({ e: e, line: line, hit: hit });
    });
    data.nodes.forEach(function (d) {
      var p = pos[d.id];
      var g = el("g", { "class": "node", transform: "translate(" + p.x + "," + p.y + ")", "data-id": d.id }, nodeLayer);
      el("circle", { r: radius(d), fill: colour(d.alliance), "data-alliance": d.alliance === null ? "" : d.alliance }, g);
      var t = el("text", { x: radius(d) + 3, y: 4, "class": labelled[d.id] ? "" : "minor" }, g);
      t.textContent = d.label;
      var title = el("title", {}, g);
      title.textContent = d.label + (d.name_en ? " · " + d.name_en : "") + " (" + d.id + ")";
      drag(g, d, lines);
    });
  }
  function labelOf(id) {
    var n = (current && current.nodes || []).filter(function (d) { return d.id === id; })[0];
    return n ? n.label : id;
  }

  function drag(g, d, lines) {
    var start = null;
    g.addEventListener("pointerdown", function (ev) {
      start = { x: ev.clientX, y: ev.clientY, moved: false };
      g.setPointerCapture(ev.pointerId);
    });
    g.addEventListener("pointermove", function (ev) {
      if (!start) return;
      if (Math.abs(ev.clientX - start.x) + Math.abs(ev.clientY - start.y) > 3) start.moved = true;
      if (!start.moved) return;
      var m = svg.getScreenCTM().inverse(), pt = svg.createSVGPoint();
      pt.x = ev.clientX; pt.y = ev.clientY; pt = pt.matrixTransform(m);
      pos[d.id] = { x: pt.x, y: pt.y };
      g.setAttribute("transform", "translate(" + pt.x + "," + pt.y + ")");
      lines.forEach(function (l) {
        if (l.e.source === d.id || l.e.target === d.id) {
          var a = pos[l.e.source], b = pos[l.e.target];
          [l.line, l.hit].forEach(function (x) { x.setAttribute("x1", a.x); x.setAttribute("y1", a.y); x.setAttribute("x2", b.x); x.setAttribute("y2", b.y); });
        }
      });
    });
    g.addEventListener("pointerup", function () {
      if (start && !start.moved) window.location.href = "/actor/" + encodeURIComponent(d.id);
      start = null;
    });
  }

  function alliances(data) {
    var list = document.getElementById("alliances");
    while (list.firstChild) list.removeChild(list.firstChild);
    if (data.alliances === null) { html("li", "Alliances need leidenalg and igraph (pip install \"rasd[network]\").", list); return; }
    if (!data.alliances.length) { html("li", "No ties in this window.", list); return; }
    // members drawn in this view first (strongest first), at most 12 names per alliance
    var shown = {};
    data.nodes.forEach(function (d, i) { shown[d.id] = data.nodes.length - i; });
    data.alliances.forEach(function (group, i) {
      var members = group.slice().sort(function (a, b) { return (shown[b.id] || 0) - (shown[a.id] || 0); });
      if (!members.some(function (m) { return shown[m.id]; }) && i >= PALETTE.length) return;
      var li = html("li", null, list);
      var sw = html("span", null, li, "swatch"); sw.style.background = colour(i);
      html("b", group.length + ": ", li);
      var names = html("span", members.slice(0, 12).map(function (m) { return m.label; }).join("، "), li);
      names.setAttribute("dir", "rtl"); names.setAttribute("lang", "ar");
      if (group.length > 12) html("span", " … +" + (group.length - 12), li, "note");
    });
  }

  function selectEdge(e, line) {
    Array.prototype.forEach.call(svg.querySelectorAll(".edge.sel"), function (x) { x.classList.remove("sel"); });
    line.classList.add("sel");
    var box = document.getElementById("edge"), title = document.getElementById("edge-title");
    title.textContent = labelOf(e.source) + " — " + labelOf(e.target);
    while (box.firstChild) box.removeChild(box.firstChild);
    html("p", "loading…", box, "note");
    var r = current.window, q = new URLSearchParams({ source: e.source, target: e.target });
    if (r.from) { q.set("from", r.from); q.set("to", r.to); }
    fetch("/api/network/edge?" + q.toString()).then(function (res) { return res.json(); }).then(function (data) {
      while (box.firstChild) box.removeChild(box.firstChild);
      if (data.error) { html("p", data.error.message, box, "error"); return; }
      html("p", "weight " + data.weight + " (cooperation " + data.positive + ", conflict " + data.negative + "), " +
        data.count + " events" + (data.truncated ? " (first ones shown)" : ""), box, "note");
      data.events.forEach(function (ev) {
        var div = html("div", null, box, "ev");
        var head = html("div", null, div);
        html("b", ev.type + (ev.mode ? " " + ev.mode : ""), head);
        html("span", " · " + (ev.day || "") + " · " + ev.modality + (ev.intensity === null ? "" : " · " + ev.intensity), head);
        var who = html("div", ev.actors.map(function (a) { return a.name; }).join("، ") + " ← " +
          ev.recipients.map(function (a) { return a.name; }).join("، "), div);
        who.setAttribute("dir", "rtl"); who.setAttribute("lang", "ar");
        if (ev.attribution && ev.attribution.text) {
          var att = html("div", "according to " , div, "att");
          var src = html("bdi", ev.attribution.text, att); src.setAttribute("lang", "ar");
        }
        ev.evidence.forEach(function (sp) {
          var bq = html("blockquote", sp.text, div);
          bq.setAttribute("dir", "rtl"); bq.setAttribute("lang", "ar");
        });
        var a = html("a", "open the article (" + (ev.outlet || ev.document) + ")", div);
        a.href = "/article?doc=" + encodeURIComponent(ev.document) + "&event=" + encodeURIComponent(ev.ref.split("#").pop());
      });
    });
  }

  allTime.addEventListener("change", function () { slider.disabled = allTime.checked; schedule(); });
  slider.addEventListener("input", function () {
    if (allTime.checked) { allTime.checked = false; slider.disabled = false; }
    schedule();
  });
  windowSel.addEventListener("change", schedule);
  limitSel.addEventListener("change", schedule);
  tiesSel.addEventListener("change", schedule);

  fetch("/api/network/months").then(function (r) { return r.json(); }).then(function (data) {
    months = Array.isArray(data) ? data : [];
    slider.max = String(Math.max(0, months.length - 1));
    slider.disabled = allTime.checked || !months.length;
    var list = document.createElement("datalist"); list.id = "month-ticks";
    months.forEach(function (m, i) { var o = document.createElement("option"); o.value = String(i); list.appendChild(o); });
    document.body.appendChild(list); slider.setAttribute("list", "month-ticks");
    load();
  });
})();
