/* killdeer explorer: vanilla JS over the killdeer HTTP API (same origin). No data is put into
   the page as HTML: every string goes through textContent or SVG attributes. */
"use strict";

(function () {
  const SVGNS = "http://www.w3.org/2000/svg";
  const FILTER_KEYS = ["actor", "recipient", "category", "quad", "from", "to", "place", "q"];
  const ROLE_ORDER = ["trigger", "actor", "recipient", "place", "date"];
  const PAGE = 50;
  const state = { filters: {}, offset: 0, total: 0, selected: null, meta: null, world: null, pasted: null };

  // ------------------------------------------------------------------ helpers
  function $(sel) { return document.querySelector(sel); }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const c of children.flat()) if (c) node.append(c);
    return node;
  }

  function showError(msg) {
    const box = $("#error");
    if (!msg) { box.hidden = true; box.textContent = ""; return; }
    box.textContent = msg;
    box.hidden = false;
  }

  async function api(path, params, init) {
    const url = new URL(path, window.location.origin);
    for (const [k, v] of Object.entries(params || {})) {
      if (v === null || v === undefined || v === "") continue;
      if (Array.isArray(v)) v.forEach((x) => url.searchParams.append(k, x));
      else url.searchParams.set(k, v);
    }
    const res = await fetch(url, init);
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) {
      let detail = body && body.detail;
      if (Array.isArray(detail)) detail = detail.map((d) => `${(d.loc || []).slice(1).join(".")}: ${d.msg}`).join("; ");
      throw new Error(detail || `${res.status} ${res.statusText}`);
    }
    return body;
  }

  function fmtScore(x) { return (x > 0 ? "+" : "") + (Math.round(x * 10) / 10); }
  function tone(score) { return score > 0 ? "coop" : score < 0 ? "conflict" : "neutral"; }
  function entLabel(ents) {
    if (!ents || !ents.length) return [el("span", { class: "cc", text: "—" })];
    const out = [];
    ents.forEach((e, i) => {
      if (i) out.push("; ");
      const name = e.name || e.text || "";
      out.push(name.length > 40 ? el("span", { title: name, text: name.slice(0, 38) + "…" }) : name);
      if (e.country) out.push(" ", el("span", { class: "cc", text: e.country + (e.sector ? "/" + e.sector : "") }));
    });
    return out;
  }
  function badge(ev) { return el("span", { class: `badge q${ev.quad_code}`, title: `quad ${ev.quad_code}, score ${ev.event_scale}`, text: ev.event }); }

  // ------------------------------------------------------------------ filters and URL state
  function readForm() {
    const form = $("#filters");
    const f = {};
    for (const k of FILTER_KEYS) {
      const v = (form.elements[k].value || "").trim();
      if (v) f[k] = v;
    }
    return f;
  }

  function writeForm(f) {
    const form = $("#filters");
    for (const k of FILTER_KEYS) form.elements[k].value = f[k] || "";
  }

  function syncUrl() {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(state.filters)) p.set(k, v);
    if (state.offset) p.set("offset", state.offset);
    if (state.selected) p.set("event", state.selected);
    const qs = p.toString();
    history.replaceState(null, "", qs ? `?${qs}` : window.location.pathname);
  }

  function applyFilters(f) {
    state.filters = f;
    state.offset = 0;
    writeForm(f);
    syncUrl();
    refresh();
  }

  // ------------------------------------------------------------------ event table
  async function loadEvents() {
    const body = await api("/events", { ...state.filters, limit: PAGE, offset: state.offset });
    state.total = body.total;
    const tbody = $("#events-table tbody");
    tbody.replaceChildren();
    for (const ev of body.events) {
      const loc = ev.event_loc;
      const tr = el("tr", { "data-id": ev.id, tabindex: "0", class: ev.id === state.selected ? "selected" : null },
        el("td", { text: ev.date }),
        el("td", {}, badge(ev)),
        el("td", {}, entLabel(ev.actor)),
        el("td", {}, entLabel(ev.recipient)),
        el("td", { class: "opt" }, loc ? [loc.name, " ", el("span", { class: "cc", text: loc.country || "" })] : ""),
        el("td", { class: "opt", text: ev.event_text }),
        el("td", { class: "opt", text: ev.confidence.toFixed(2) }));
      tr.addEventListener("click", () => showEvent(ev.id));
      tr.addEventListener("keydown", (e) => { if (e.key === "Enter") showEvent(ev.id); });
      tbody.append(tr);
    }
    if (!body.events.length) tbody.append(el("tr", {}, el("td", { colspan: "7", class: "empty", text: "No events match these filters." })));
    $("#events-count").textContent = `${body.total.toLocaleString()} matching`;
    const last = Math.min(state.offset + body.events.length, body.total);
    $("#page-info").textContent = body.total ? `${state.offset + 1}–${last} of ${body.total.toLocaleString()}` : "";
    $("#prev").disabled = state.offset <= 0;
    $("#next").disabled = last >= body.total;
  }

  // ------------------------------------------------------------------ evidence view
  function findDate(text, dateText, lo, hi, near) {
    if (!dateText) return null;
    const hay = text.slice(lo, hi).toLowerCase(), needle = dateText.toLowerCase();
    let best = null, i = hay.indexOf(needle);
    while (i >= 0) {
      const s = lo + i;
      if (!best || Math.abs(s - near) < Math.abs(best[0] - near)) best = [s, s + dateText.length];
      i = hay.indexOf(needle, i + 1);
    }
    return best;
  }

  // the spans of an event coded in the browser (the server computes them for stored events)
  function clientSpans(ev, text) {
    const spans = [];
    for (const role of ["actor", "recipient"]) {
      (ev[role] || []).forEach((e, i) => spans.push({ role, index: i, start: e.start, end: e.end, text: e.text,
        label: `${e.name || e.text}${e.country ? ` (${e.country}${e.sector ? "/" + e.sector : ""})` : ""}` }));
    }
    spans.push({ role: "trigger", index: 0, start: ev.event_start, end: ev.event_end, text: ev.event_text, label: ev.event });
    const loc = ev.event_loc;
    if (loc && loc.start !== null && loc.start !== undefined) {
      spans.push({ role: "place", index: 0, start: loc.start, end: loc.end, text: loc.text, label: `${loc.name} (${loc.country})` });
    }
    if (ev.date_text) {
      const f = findDate(text, ev.date_text, ev.sentence_start, ev.sentence_end, ev.event_start)
        || findDate(text, ev.date_text, 0, text.length, ev.event_start);
      if (f) spans.push({ role: "date", index: 0, start: f[0], end: f[1], text: text.slice(f[0], f[1]), label: `${ev.date} (${ev.date_precision})`, derived: true });
    }
    for (const s of spans) s.matches = text.slice(s.start, s.end) === s.text;
    return spans;
  }

  // one passage of the article with overlapping spans split into segments; each <mark> names
  // every span it belongs to in data-spans ("actor-0 trigger-0"), the innermost one colours it
  function renderPassage(passage, spans, sentence) {
    const { start: p0, end: p1, text } = passage;
    const cuts = new Set([p0, p1]);
    const inside = spans.filter((s) => s.end > p0 && s.start < p1);
    for (const s of inside) { cuts.add(Math.max(p0, s.start)); cuts.add(Math.min(p1, s.end)); }
    if (sentence) { cuts.add(Math.max(p0, Math.min(p1, sentence[0]))); cuts.add(Math.max(p0, Math.min(p1, sentence[1]))); }
    const bounds = [...cuts].sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    for (let i = 0; i < bounds.length - 1; i++) {
      const a = bounds[i], b = bounds[i + 1];
      if (b <= a) continue;
      const piece = text.slice(a - p0, b - p0);
      const cover = inside.filter((s) => s.start <= a && s.end >= b);
      const inSent = sentence && a >= sentence[0] && b <= sentence[1];
      if (!cover.length) {
        frag.append(inSent ? el("span", { class: "sent", text: piece }) : document.createTextNode(piece));
        continue;
      }
      cover.sort((x, y) => (x.end - x.start) - (y.end - y.start) || ROLE_ORDER.indexOf(x.role) - ROLE_ORDER.indexOf(y.role));
      const ids = cover.map((s) => `${s.role}-${s.index}`).join(" ");
      const title = cover.map((s) => `${s.role}: ${s.label || s.text}`).join("\n");
      frag.append(el("mark", { class: `hl hl-${cover[0].role}${inSent ? " in-sent" : ""}`, "data-spans": ids, "data-role": cover[0].role, title, text: piece }));
    }
    return frag;
  }

  function renderEvidence(ev, spans, passages, opts) {
    const box = $("#event-detail");
    const loc = ev.event_loc;
    const summary = el("dl", { class: "summary" },
      el("dt", { text: "event" }), el("dd", {}, badge(ev), " ", (ev.mode || []).join(", "), ev.historical ? " (historical/unreal)" : ""),
      el("dt", { text: "actor" }), el("dd", {}, entLabel(ev.actor)),
      el("dt", { text: "recipient" }), el("dd", {}, entLabel(ev.recipient)),
      el("dt", { text: "date" }), el("dd", { text: `${ev.date} (${ev.date_precision}${ev.date_text ? ", “" + ev.date_text + "”" : ""}); published ${ev.pub_date}` }),
      el("dt", { text: "place" }), el("dd", { text: loc ? `${loc.name} ${loc.country || ""} (${loc.precision}, ${loc.resolved_by || "?"})` : "—" }),
      el("dt", { text: "score" }), el("dd", { text: `quad ${ev.quad_code}, scale ${ev.event_scale}, confidence ${ev.confidence}` }),
      el("dt", { text: "rule" }), el("dd", { text: (ev.why && ev.why.rule) || "—" }),
      el("dt", { text: "document" }), el("dd", { text: `${ev.doc_id}${opts.docNote ? " — " + opts.docNote : ""}` }));
    const legend = el("div", { class: "legend" },
      ROLE_ORDER.map((r) => el("span", { class: `hl hl-${r}`, text: r })));
    const article = el("div", { class: "article", id: "article", "data-event": ev.id });
    const sentence = [ev.sentence_start, ev.sentence_end];
    passages.forEach((p, i) => {
      if (i > 0 || p.start > 0) article.append(el("span", { class: "gap", text: i > 0 ? "\n[…]\n" : "[…]\n" }));
      article.append(renderPassage(p, spans, sentence));
    });
    const rows = spans.map((s) => el("tr", { "data-span": `${s.role}-${s.index}` },
      el("td", {}, el("span", { class: `hl hl-${s.role}`, text: s.role })),
      el("td", { text: s.text || "" }), el("td", { text: `${s.start}–${s.end}` }),
      el("td", { text: s.label || "" }),
      el("td", { text: s.matches === true ? "✓" : s.matches === false ? "✗ offsets differ" : "" })));
    const table = el("table", { class: "spans" },
      el("thead", {}, el("tr", {}, ["role", "words", "offsets", "resolved to", "text"].map((h) => el("th", { text: h })))),
      el("tbody", {}, rows));
    box.replaceChildren(summary,
      opts.notice ? el("p", { class: "notice", text: opts.notice }) : "",
      legend, article,
      opts.siblings || "",
      table);
    const first = article.querySelector("mark.hl-trigger") || article.querySelector("mark");
    if (first) article.scrollTop = Math.max(0, first.offsetTop - article.offsetTop - 60);
  }

  async function showEvent(id) {
    state.selected = id;
    syncUrl();
    document.querySelectorAll("#events-table tbody tr").forEach((tr) => tr.classList.toggle("selected", tr.dataset.id === id));
    try {
      const d = await api(`/events/${encodeURIComponent(id)}`);
      const doc = d.document;
      const siblings = doc.events.length > 1 ? el("div", { class: "siblings" },
        el("span", { class: "cc", text: "events in this article: " }),
        doc.events.map((s) => el("button", { type: "button", class: s.id === id ? "" : "secondary", title: s.event_text,
          onclick: () => showEvent(s.id), text: s.event }))) : "";
      renderEvidence(d.event, d.spans, doc.passages, {
        docNote: [doc.title, doc.source, doc.pub_date].filter(Boolean).join(", "),
        notice: doc.text === null ? "The store keeps no article text for this document: showing the coded sentences at their offsets." : "",
        siblings,
      });
      if (window.matchMedia("(max-width: 899px)").matches) $("#event-view").scrollIntoView({ behavior: "smooth" });
    } catch (e) { showError(`event ${id}: ${e.message}`); }
  }

  // ------------------------------------------------------------------ dyad timeline
  function addPeriod(iso, by) {
    const d = new Date(iso + "T00:00:00Z");
    if (by === "day") d.setUTCDate(d.getUTCDate() + 1);
    else if (by === "week") d.setUTCDate(d.getUTCDate() + 7);
    else if (by === "month") d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCFullYear(d.getUTCFullYear() + 1);
    return d.toISOString().slice(0, 10);
  }

  function fillPeriods(series, by) {
    if (!series.length) return [];
    const byPeriod = new Map(series.map((r) => [r.period, r]));
    const out = [];
    const last = series[series.length - 1].period;
    let p = series[0].period;
    for (let guard = 0; p <= last && guard < 2000; guard++) {
      out.push(byPeriod.get(p) || { period: p, events: 0, event_scale: 0, quad1: 0, quad2: 0, quad3: 0, quad4: 0 });
      p = addPeriod(p, by);
    }
    return out;
  }

  async function loadTimeline() {
    const box = $("#timeline");
    const { actor: a, recipient: b } = state.filters;
    const by = $("#timeline-by").value, both = $("#timeline-both").checked;
    if (!a || !b) {
      $("#timeline-title").textContent = "";
      box.replaceChildren(el("div", { class: "msg", text: "Set an actor and a recipient in the filters to chart their cooperation–conflict score." }));
      return;
    }
    $("#timeline-title").textContent = `${a} ${both ? "↔" : "→"} ${b}, summed PLOVER scores per ${by}`;
    const f = state.filters;
    const body = await api(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series`,
      { by, both, from: f.from, to: f.to, category: f.category, quad: f.quad, place: f.place, q: f.q });
    const rows = fillPeriods(body.series, by);
    if (!rows.length) { box.replaceChildren(el("div", { class: "msg", text: "No dated events for this dyad." })); return; }
    const W = Math.max(320, Math.min(900, Math.round(box.clientWidth || 640))), H = 240, L = 44, R = 10, T = 12, B = 34;
    const max = Math.max(1, ...rows.map((r) => Math.abs(r.event_scale)));
    const y = (v) => T + (H - T - B) * (1 - (v + max) / (2 * max));
    const slot = (W - L - R) / rows.length, bw = Math.max(2, Math.min(40, slot * 0.7));
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "dyad timeline", id: "timeline-svg" });
    for (const v of [max, max / 2, 0, -max / 2, -max]) {
      chart.append(svg("line", { class: v === 0 ? "axis" : "grid-line", x1: L, x2: W - R, y1: y(v), y2: y(v) }));
      chart.append(svg("text", { x: L - 4, y: y(v) + 3, "text-anchor": "end", text: fmtScore(v) }));
    }
    chart.append(svg("text", { x: L + 4, y: T + 10, text: "↑ cooperation" }), svg("text", { x: L + 4, y: H - B - 4, text: "↓ conflict" }));
    rows.forEach((r, i) => {
      const x = L + i * slot + (slot - bw) / 2, v = r.event_scale;
      const top = Math.min(y(v), y(0)), h = Math.max(v === 0 && r.events ? 1 : 0, Math.abs(y(v) - y(0)));
      const bar = svg("rect", { class: v >= 0 ? "bar-pos" : "bar-neg", x, y: top, width: bw, height: h, "data-period": r.period },
        svg("title", { text: `${r.period}: score ${fmtScore(v)} from ${r.events} events (quad 1–4: ${r.quad1}/${r.quad2}/${r.quad3}/${r.quad4})` }));
      chart.append(bar);
    });
    const fit = Math.max(2, Math.floor((W - L - R) / 75));  // labels that fit side by side
    const ticks = rows.length <= fit ? rows.map((_, i) => i)
      : [...new Set(Array.from({ length: Math.min(fit, 5) }, (_, j) => Math.round((j * (rows.length - 1)) / (Math.min(fit, 5) - 1))))];
    for (const i of ticks) chart.append(svg("text", { x: L + i * slot + slot / 2, y: H - B + 14, "text-anchor": "middle", text: rows[i].period }));
    chart.append(svg("text", { x: W - R, y: H - 4, "text-anchor": "end",
      text: `${rows.reduce((s, r) => s + r.events, 0)} events, total ${fmtScore(rows.reduce((s, r) => s + r.event_scale, 0))}` }));
    box.replaceChildren(chart);
  }

  // ------------------------------------------------------------------ map
  const MAP = { W: 720, H: 300, lat0: 85, lat1: -65 };
  function project(lon, lat) {
    return [(lon + 180) * MAP.W / 360, (MAP.lat0 - lat) * MAP.H / (MAP.lat0 - MAP.lat1)];
  }

  function ringPath(ring) {
    let d = "";
    ring.forEach(([lon, lat], i) => {
      const [x, y] = project(lon, Math.max(MAP.lat1 - 5, Math.min(MAP.lat0 + 5, lat)));
      d += (i ? "L" : "M") + x.toFixed(1) + "," + y.toFixed(1);
    });
    return d + "Z";
  }

  async function loadWorld() {
    if (state.world) return state.world;
    const topo = await (await fetch("/static/vendor/countries-110m.json")).json();
    const fc = window.topojson.feature(topo, topo.objects.countries);
    state.world = fc.features.map((f) => {
      const g = f.geometry;
      if (!g) return null;
      const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
      return { name: (f.properties && f.properties.name) || "", d: polys.map((p) => p.map(ringPath).join("")).join("") };
    }).filter(Boolean);
    return state.world;
  }

  async function loadMap() {
    const box = $("#map");
    const [world, body] = await Promise.all([loadWorld(), api("/map/points", { ...state.filters, limit: 1000 })]);
    const pts = body.points;
    $("#map-count").textContent = pts.length ? `${pts.length} places` : "";
    let vb = [0, 0, MAP.W, MAP.H];
    if ($("#map-fit").checked && pts.length) {
      const xy = pts.map((p) => project(p.lon, p.lat));
      let x0 = Math.min(...xy.map((p) => p[0])), x1 = Math.max(...xy.map((p) => p[0]));
      let y0 = Math.min(...xy.map((p) => p[1])), y1 = Math.max(...xy.map((p) => p[1]));
      const w = Math.max(x1 - x0 + 60, 140), h = Math.max(y1 - y0 + 40, w * MAP.H / MAP.W);
      const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
      const ww = Math.max(w, h * MAP.W / MAP.H);
      vb = [cx - ww / 2, cy - h / 2, ww, h];
    }
    const k = vb[2] / MAP.W;
    const map = svg("svg", { viewBox: vb.map((v) => v.toFixed(1)).join(" "), role: "img", "aria-label": "event map", id: "map-svg" });
    map.append(svg("rect", { class: "ocean", x: -MAP.W, y: -MAP.H, width: 3 * MAP.W, height: 3 * MAP.H }));
    const land = svg("g", { "stroke-width": (0.6 * k).toFixed(2) });
    for (const c of world) land.append(svg("path", { class: "country", d: c.d, "stroke-width": (0.6 * k).toFixed(2) }, svg("title", { text: c.name })));
    map.append(land);
    const maxN = Math.max(1, ...pts.map((p) => p.events));
    for (const p of [...pts].sort((a, b) => b.events - a.events)) {
      const [x, y] = project(p.lon, p.lat);
      const r = (3 + 9 * Math.sqrt(p.events / maxN)) * k;
      map.append(svg("circle", { class: `marker ${tone(p.score)}`, cx: x, cy: y, r, "stroke-width": k, "data-place": p.name,
        onclick: () => applyFilters({ ...state.filters, place: p.name }) },
        svg("title", { text: `${p.name} (${p.country || "?"}, ${p.precision}): ${p.events} events, ${p.cooperation} cooperative, ${p.conflict} conflictual, score ${fmtScore(p.score)}` })));
    }
    if (!pts.length) map.append(svg("text", { x: vb[0] + vb[2] / 2, y: vb[1] + vb[3] / 2, "text-anchor": "middle", text: "no located events" }));
    box.replaceChildren(map);
  }

  // ------------------------------------------------------------------ network
  async function loadNetwork() {
    const box = $("#network");
    const by = $("#network-by").value;
    const body = await api("/network", { ...state.filters, by, limit: 60 });
    if (!body.edges.length) { box.replaceChildren(el("div", { class: "msg", text: "No actor → recipient pairs for these filters." })); return; }
    const nodes = body.nodes.slice(0, 24);
    const keep = new Set(nodes.map((n) => n.id));
    const edges = body.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
    const W = Math.max(360, Math.min(560, Math.round(box.clientWidth || 520))), H = nodes.length <= 2 ? 200 : 420;
    const cx = W / 2, cy = H / 2;
    const R = nodes.length <= 2 ? W / 2 - 90 : Math.min(W, H) / 2 - 75;
    const a0 = nodes.length <= 2 ? Math.PI : -Math.PI / 2;  // two nodes side by side, else clockwise from the top
    const pos = new Map();
    nodes.forEach((n, i) => {
      const a = a0 + (2 * Math.PI * i) / nodes.length;
      pos.set(n.id, [cx + R * Math.cos(a), cy + R * Math.sin(a), a]);
    });
    const maxE = Math.max(1, ...edges.map((e) => e.events)), maxN = Math.max(1, ...nodes.map((n) => n.events));
    const net = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network", id: "network-svg" });
    const defs = svg("defs");
    for (const t of ["coop", "conflict", "neutral"]) {
      defs.append(svg("marker", { id: `arrow-${t}`, viewBox: "0 0 10 10", refX: "9", refY: "5", markerWidth: "12", markerHeight: "12", markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
        svg("path", { d: "M0,0L10,5L0,10z", class: `arrow-${t}` })));
    }
    net.append(defs);
    const radius = (n) => 5 + 10 * Math.sqrt(n.events / maxN);
    const rOf = new Map(nodes.map((n) => [n.id, radius(n)]));
    for (const e of edges) {
      const [x1, y1] = pos.get(e.source), [x2, y2] = pos.get(e.target);
      const dx = x2 - x1, dy = y2 - y1, len = Math.hypot(dx, dy) || 1;
      // bend to the right of the direction of travel so a→b and b→a do not overlap
      const mx = (x1 + x2) / 2 + (-dy / len) * len * 0.15, my = (y1 + y2) / 2 + (dx / len) * len * 0.15;
      const r2 = rOf.get(e.target) + 3;
      const tx = mx - x2, ty = my - y2, tl = Math.hypot(tx, ty) || 1;
      const ex = x2 + (tx / tl) * r2, ey = y2 + (ty / tl) * r2;
      const t = tone(e.score);
      net.append(svg("path", { class: `edge ${t}`, d: `M${x1.toFixed(1)},${y1.toFixed(1)}Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
        "stroke-width": (1 + 5 * e.events / maxE).toFixed(1), "marker-end": `url(#arrow-${t})`, "data-source": e.source, "data-target": e.target },
        svg("title", { text: `${e.source} → ${e.target}: ${e.events} events, score ${fmtScore(e.score)}` })));
    }
    for (const n of nodes) {
      const [x, y, a] = pos.get(n.id);
      const label = n.id.length > 22 ? n.id.slice(0, 21) + "…" : n.id;
      const lx = x + Math.cos(a) * (rOf.get(n.id) + 6), ly = y + Math.sin(a) * (rOf.get(n.id) + 6);
      const anchor = Math.abs(Math.cos(a)) < 0.3 ? "middle" : Math.cos(a) > 0 ? "start" : "end";
      net.append(svg("g", { class: "node-g", "data-node": n.id, onclick: () => applyFilters({ ...state.filters, actor: n.id }) },
        svg("circle", { class: "node", cx: x, cy: y, r: rOf.get(n.id) }, svg("title", { text: `${n.id}: ${n.events} events (click to filter as actor)` })),
        svg("text", { class: "node-label", x: lx, y: ly + 4, "text-anchor": anchor, text: label })));
    }
    box.replaceChildren(net);
  }

  // ------------------------------------------------------------------ code an article
  async function codeArticle(ev) {
    ev.preventDefault();
    const form = $("#code-form");
    let text = form.elements.text.value;
    const header = text.match(/^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/);
    if (header) {  // seed format: take the date from the header, code the rest
      form.elements.date.value = header[1];
      text = text.slice(header[0].length);
      form.elements.text.value = text;
    }
    const out = $("#code-result");
    if (!text.trim()) { out.replaceChildren(el("p", { class: "empty", text: "Paste an article first." })); return; }
    const button = $("#code-submit");
    button.disabled = true;
    out.replaceChildren(el("p", { class: "empty", text: "Coding… (the first article loads the language model)" }));
    try {
      const body = await api("/code", null, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text, date: form.elements.date.value, id: form.elements.id.value.trim() || null }),
      });
      state.pasted = { text, events: body.events };
      const tbody = el("tbody");
      body.events.forEach((e, i) => {
        const tr = el("tr", { "data-index": String(i), "data-id": e.id, tabindex: "0" },
          el("td", { text: e.date }), el("td", {}, badge(e)), el("td", {}, entLabel(e.actor)), el("td", {}, entLabel(e.recipient)),
          el("td", { class: "opt", text: e.event_loc ? e.event_loc.name : "" }), el("td", { class: "opt", text: e.event_text }));
        tr.addEventListener("click", () => showPasted(i));
        tr.addEventListener("keydown", (k) => { if (k.key === "Enter") showPasted(i); });
        tbody.append(tr);
      });
      out.replaceChildren(
        el("p", { id: "code-summary", text: `${body.n_events} event${body.n_events === 1 ? "" : "s"} coded (not stored). Click one to see its evidence.` }),
        body.events.length ? el("div", { class: "table-wrap" }, el("table", { class: "events", id: "code-table" },
          el("thead", {}, el("tr", {}, ["Date", "Event", "Actor", "Recipient"].map((h) => el("th", { text: h })),
            el("th", { class: "opt", text: "Place" }), el("th", { class: "opt", text: "Trigger" }))), tbody)) : "");
    } catch (e) {
      out.replaceChildren(el("p", { class: "error", text: e.message }));
    } finally {
      button.disabled = false;
    }
  }

  function showPasted(i) {
    const { text, events } = state.pasted;
    const ev = events[i];
    document.querySelectorAll("#code-table tbody tr").forEach((tr) => tr.classList.toggle("selected", tr.dataset.index === String(i)));
    renderEvidence(ev, clientSpans(ev, text), [{ start: 0, end: text.length, text }], { docNote: "pasted article" });
    $("#event-view").scrollIntoView({ behavior: "smooth", block: "start" });
  }

  // ------------------------------------------------------------------ wiring
  async function refresh() {
    document.body.dataset.ready = "0";
    showError(null);
    const jobs = [loadEvents(), loadTimeline(), loadMap(), loadNetwork()];
    const results = await Promise.allSettled(jobs);
    const failed = results.filter((r) => r.status === "rejected").map((r) => r.reason.message);
    if (failed.length) showError(failed[0]);
    document.body.dataset.ready = "1";
  }

  async function init() {
    const params = new URLSearchParams(window.location.search);
    const f = {};
    for (const k of FILTER_KEYS) if (params.get(k)) f[k] = params.get(k);
    state.filters = f;
    state.offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
    $("#code-form").elements.date.value = new Date().toISOString().slice(0, 10);
    try {
      const [health, meta] = await Promise.all([api("/health"), api("/meta")]);
      state.meta = meta;
      $("#status").textContent = `${health.events.toLocaleString()} events from ${health.documents.toLocaleString()} documents · killdeer ${health.version}`;
      const sel = $("#filters").elements.category;
      for (const c of meta.categories) sel.append(el("option", { value: c.code, text: `${c.code} (quad ${c.quad_code})` }));
    } catch (e) { showError(`cannot reach the API: ${e.message}`); }
    writeForm(f);
    $("#filters").addEventListener("submit", (e) => { e.preventDefault(); applyFilters(readForm()); });
    $("#reset").addEventListener("click", () => applyFilters({}));
    $("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); syncUrl(); loadEvents().catch((e) => showError(e.message)); });
    $("#next").addEventListener("click", () => { state.offset += PAGE; syncUrl(); loadEvents().catch((e) => showError(e.message)); });
    $("#timeline-by").addEventListener("change", () => loadTimeline().catch((e) => showError(e.message)));
    $("#timeline-both").addEventListener("change", () => loadTimeline().catch((e) => showError(e.message)));
    $("#map-fit").addEventListener("change", () => loadMap().catch((e) => showError(e.message)));
    $("#network-by").addEventListener("change", () => loadNetwork().catch((e) => showError(e.message)));
    $("#code-form").addEventListener("submit", codeArticle);
    await refresh();
    if (params.get("event")) showEvent(params.get("event"));
  }

  document.addEventListener("DOMContentLoaded", init);
})();
