// app.js: the behaviour of the HTML report (citegraph report).  The data
// is the JSON the library wrote into #cg-data (src/write_report.c): nodes
// laid out already, edges with their evidence, the most-cited ranking.
// Everything the canvas shows, the tables hold too.
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from "sigma/rendering";

const T0 = performance.now(), timings = {};
const mark = (name) => { timings[name] = Math.round(performance.now()); };
mark("script");
const D = JSON.parse(document.getElementById("cg-data").textContent);
mark("parse");
const N = D.nodes, E = D.edges, KINDS = D.kinds, S = D.strs;
// an edge: [from, to, part-of, weight, forms, sentence, [file, line, column, ...], anachronism],
// strings as indices into S
const str = (i) => (i >= 0 ? S[i] : "");
const places = (e) => { const l = e[6], r = []; for (let j = 0; j + 2 < l.length; j += 3) r.push(`${S[l[j]]}:${l[j + 1]}:${l[j + 2]}`); return r; };
const LETTER = KINDS.indexOf("letter");
const COLORS = {
  letter: "#3d6be0", "sc-resolution": "#d0433a", "ga-resolution": "#e08a2c", document: "#7a5bc9",
  instrument: "#2f9e57", article: "#8cc084", title: "#9c7a4d", case: "#c2458f", url: "#8a8f9c",
};
const $ = (id) => document.getElementById(id);
const api = { ready: false, timings };
window.citegraph = api;

// ---- indexes ------------------------------------------------------------
const inEdges = N.map(() => []), outEdges = N.map(() => []);
E.forEach((e, k) => { outEdges[e[0]].push(k); inEdges[e[1]].push(k); });
const byId = new Map();
N.forEach((n, i) => byId.set(n.id, i));
const isLetter = (i) => N[i].k === LETTER;
const corpusLetters = [];
N.forEach((n, i) => { if (isLetter(i) && n.c) corpusLetters.push(i); });
const byDate = (a, b) => ((N[a].dt || "9999") < (N[b].dt || "9999") ? -1 : (N[a].dt || "9999") > (N[b].dt || "9999") ? 1 : N[a].id < N[b].id ? -1 : 1);
corpusLetters.sort(byDate);
const senders = [...new Set(corpusLetters.flatMap((i) => (N[i].s || "").split(" ").filter(Boolean)))].sort();
const langs = [...new Set(corpusLetters.flatMap((i) => (N[i].lg || "").split(" ").filter(Boolean)))].sort();
const dates = [...new Set(corpusLetters.map((i) => N[i].dt).filter(Boolean))].sort();

// ---- search: identifiers, the forms the letters wrote, labels in every language, words
const fold = (s) => (s || "").normalize("NFKC").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
// Chinese numerals as digits (第二条第四款 as 第2条第4款), title marks dropped: the
// labels the page holds write numbers in digits
const CN = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const cnNumber = (t) => {
  let total = 0, digit = 0;
  for (const ch of t) {
    if (ch in CN) digit = CN[ch];
    else { const unit = ch === "百" ? 100 : 10; total += (digit || 1) * unit; digit = 0; }
  }
  return String(total + digit);
};
const squeeze = (s) => fold(s).replace(/[零〇一二两三四五六七八九十百]+/g, cnNumber).replace(/[\s\u3000《》〈〉「」『』]+/g, "");
const words = (s) => fold(s).split(/[\s\u3000,.;:()«»"“”'‘’《》（），。；：]+/).filter(Boolean);
const cjk = /[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const keySq = N.map((n) => [n.id, ...n.q].map(squeeze));
const keyText = N.map((n) => fold([n.id, ...n.q, n.t || ""].join(" ")));
mark("index");
function search(q) {
  const sq = squeeze(q);
  if (!sq) return [];
  const rank = (a, b) => N[b].in - N[a].in || (N[a].id < N[b].id ? -1 : 1);
  // 1. the identifier, one of the symbols, up to case and spacing
  const exact = [];
  N.forEach((n, i) => { if (squeeze(n.id) === sq || keySq[i].slice(1).some((k) => k === sq && /\//.test(k))) exact.push(i); });
  if (exact.length) return exact.sort(rank);
  // 2. a form a letter wrote, or a label: the whole of it, or all of the text inside it
  const whole = [], inside = [];
  keySq.forEach((ks, i) => {
    if (ks.includes(sq)) whole.push(i);
    else if (sq.length >= 4 && ks.some((k) => k.includes(sq) && /\d/.test(sq))) inside.push(i);
  });
  if (whole.length) return whole.sort(rank);
  if (inside.length) return inside.sort(rank);
  // 3. every word, at the start of a word (Chinese: anywhere)
  const ws = words(q);
  const hits = [];
  keyText.forEach((t, i) => {
    if (ws.every((w) => (cjk.test(w) ? t.includes(w) : new RegExp("(^|[^\\p{L}\\p{N}])" + w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "u").test(t)))) hits.push(i);
  });
  return hits.sort(rank);
}

// ---- what is shown: timeline and filters ---------------------------------
const state = { asof: "", since: "", until: "", senders: new Set(), kinds: new Set(KINDS.map((_, k) => k)), lang: "", min: 0, chains: false, selected: -1 };
const nodeOn = new Uint8Array(N.length), edgeOn = new Uint8Array(E.length), liveIn = new Int32Array(N.length);
function letterPasses(i) {
  const n = N[i];
  const d = n.dt || "";
  if (state.asof && (!d || d > state.asof)) return false;
  if (state.since && (!d || d < state.since)) return false;
  if (state.until && (!d || d > state.until)) return false;
  if (state.senders.size && !(n.s || "").split(" ").some((s) => state.senders.has(s))) return false;
  if (state.lang && !(n.lg || "").split(" ").includes(state.lang)) return false;
  return true;
}
function recompute() {
  nodeOn.fill(0); edgeOn.fill(0); liveIn.fill(0);
  const letterOn = new Uint8Array(N.length);
  N.forEach((n, i) => { if (isLetter(i) && n.c) letterOn[i] = letterPasses(i) ? 1 : 0; });
  // a citation counts when its letter is shown; a cited letter outside the corpus, or a
  // document, as of the timeline's date only when it is dated by then
  E.forEach((e, k) => {
    if (e[2]) return;
    const from = e[0], to = e[1];
    if (!letterOn[from]) return;
    if (state.asof && N[to].dt && N[to].dt > state.asof && isLetter(to)) return;
    edgeOn[k] = 1; liveIn[to]++;
  });
  // articles count for their instrument
  E.forEach((e) => { if (e[2]) liveIn[e[1]] += liveIn[e[0]]; });
  N.forEach((n, i) => {
    if (!state.kinds.has(n.k)) return;
    if (isLetter(i) && n.c) { nodeOn[i] = letterOn[i]; return; }
    nodeOn[i] = liveIn[i] > 0 && liveIn[i] >= state.min ? 1 : 0;
  });
  E.forEach((e, k) => { edgeOn[k] = (e[2] ? 1 : edgeOn[k]) && nodeOn[e[0]] && nodeOn[e[1]] ? 1 : 0; });
  render();
}

// ---- chains of letters answering each other ----------------------------------
const replies = [];
E.forEach((e, k) => { if (!e[2] && isLetter(e[0]) && isLetter(e[1])) replies.push(k); });
const chainOf = new Int32Array(N.length).fill(-1);
const chains = [];
{
  const adj = new Map();
  const link = (a, b) => { if (!adj.has(a)) adj.set(a, []); adj.get(a).push(b); };
  replies.forEach((k) => { link(E[k][0], E[k][1]); link(E[k][1], E[k][0]); });
  [...adj.keys()].sort((a, b) => a - b).forEach((s) => {
    if (chainOf[s] >= 0) return;
    const c = [], stack = [s];
    chainOf[s] = chains.length;
    while (stack.length) {
      const v = stack.pop(); c.push(v);
      for (const w of adj.get(v)) if (chainOf[w] < 0) { chainOf[w] = chains.length; stack.push(w); }
    }
    chains.push(c.sort(byDate));
  });
}
const replyEdge = new Uint8Array(E.length);
replies.forEach((k) => { replyEdge[k] = 1; });

// ---- the canvas ------------------------------------------------------------
const maxPr = Math.max(1e-12, ...N.map((n) => n.pr));
const graph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
N.forEach((n, i) => graph.addNode(String(i), {
  x: n.x, y: n.y, label: n.l, color: COLORS[KINDS[n.k]] || "#777",
  size: 3 + 14 * Math.sqrt(n.pr / maxPr),
}));
E.forEach((e, k) => graph.addDirectedEdgeWithKey(String(k), String(e[0]), String(e[1]), {
  size: e[2] ? 0.5 : Math.min(4, 0.6 + 0.4 * e[3]), color: e[2] ? "#c9ccd6" : "#b4bccd", type: e[2] ? "line" : "arrow",
}));
mark("graph");
const BIG_EDGES = 5000;
let renderer = null, drawn = 0, neighbour = new Set();
const fontStack = getComputedStyle(document.documentElement).fontFamily;
try {
  renderer = new Sigma(graph, $("graph"), {
    labelFont: fontStack, labelSize: 12, labelRenderedSizeThreshold: 7, labelDensity: 0.6,
    renderEdgeLabels: false, zIndex: true, defaultEdgeType: "arrow",
    // many edges: thin lines, one program (a software renderer draws them in time)
    hideEdgesOnMove: E.length > BIG_EDGES,
    edgeProgramClasses: E.length > BIG_EDGES ? { line: EdgeLineProgram, arrow: EdgeLineProgram }
      : { line: EdgeRectangleProgram, arrow: EdgeArrowProgram },
    nodeReducer: (node, data) => {
      const i = +node, r = { ...data };
      if (!nodeOn[i]) { r.hidden = true; return r; }
      if (i === state.selected) { r.highlighted = true; r.forceLabel = true; r.zIndex = 2; }
      else if (state.selected >= 0 && !neighbour.has(i)) { r.color = "#dde0e8"; r.label = ""; }
      if (state.chains && chainOf[i] < 0 && i !== state.selected) { r.color = "#e4e6ee"; r.label = ""; }
      if (state.chains && chainOf[i] >= 0) { r.forceLabel = true; r.zIndex = 1; }
      return r;
    },
    edgeReducer: (edge, data) => {
      const k = +edge, r = { ...data };
      if (!edgeOn[k]) { r.hidden = true; return r; }
      if (state.chains) { if (replyEdge[k]) { r.color = "#d0433a"; r.size = 3; } else r.hidden = true; }
      if (state.selected >= 0) {
        if (E[k][0] === state.selected || E[k][1] === state.selected) { r.color = "#3d6be0"; r.size = Math.max(r.size, 2); }
        else if (!state.chains) r.color = "#eceef3";
      }
      return r;
    },
  });
  renderer.on("clickNode", ({ node }) => select(+node, false));
  renderer.once("afterRender", () => mark("first-frame"));
  renderer.on("afterRender", () => {
    let c = 0;
    graph.forEachNode((n) => { const d = renderer.getNodeDisplayData(n); if (d && !d.hidden) c++; });
    drawn = c;
  });
} catch (e) {
  $("graph-note").hidden = false;
  $("graph-note").textContent = "The graph cannot be drawn here (" + e.message + "): the tables below hold everything it shows.";
}
mark("sigma");
function render() {
  if (renderer) renderer.refresh();
  renderTables();
  const shown = nodeOn.reduce((a, b) => a + b, 0);
  $("summary").textContent = `${N.length} nodes, ${E.length} edges, ${corpusLetters.length} letters` +
    (shown !== N.length ? ` · ${shown} nodes shown` : "");
}
api.drawnNodes = () => { if (renderer) renderer.refresh(); return drawn; };
api.shownNodes = () => nodeOn.reduce((a, b) => a + b, 0);
api.isShown = (id) => byId.has(id) && nodeOn[byId.get(id)] === 1;
api.hasCanvas = () => !!renderer;

// ---- details of a node -------------------------------------------------------
const el = (tag, attrs, ...kids) => {
  const x = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) x.setAttribute(k, v);
  for (const c of kids) if (c !== null && c !== undefined) x.append(c instanceof Node ? c : String(c));
  return x;
};
const nodeLink = (i) => {
  const a = el("a", { href: "#" + encodeURIComponent(N[i].id), dir: "auto" }, N[i].l);
  a.addEventListener("click", (ev) => { ev.preventDefault(); select(i, true); });
  return a;
};
// a long list shows LIST_PAGE items at a time ("Show more")
const LIST_PAGE = 50;
function pageList(ul, items, make) {
  let shown = 0;
  const more = () => {
    const frag = document.createDocumentFragment();
    for (const x of items.slice(shown, shown + LIST_PAGE)) frag.append(make(x));
    ul.append(frag);
    shown = Math.min(items.length, shown + LIST_PAGE);
    const old = ul.nextElementSibling;
    if (old && old.classList.contains("more")) old.remove();
    if (shown < items.length) {
      const b = el("button", { type: "button", class: "more" }, `Show ${Math.min(LIST_PAGE, items.length - shown)} more of ${items.length - shown}`);
      b.addEventListener("click", more);
      ul.after(b);
    }
  };
  more();
}
function select(i, move) {
  state.selected = i;
  neighbour = new Set([i]);
  for (const k of inEdges[i]) neighbour.add(E[k][0]);
  for (const k of outEdges[i]) neighbour.add(E[k][1]);
  const n = N[i], box = $("details");
  box.replaceChildren();
  box.append(el("h2", { dir: "auto" }, n.l));
  const when = n.dt ? (isLetter(i) && n.c ? " · " + n.dt : " · first cited " + n.dt) : "";
  box.append(el("p", {}, el("code", { dir: "ltr" }, n.id), " · ", KINDS[n.k], when,
    n.s ? " · " + n.s : "", n.ct ? el("span", { class: "contested" }, " · contested") : null));
  if (n.t && n.t !== n.l) box.append(el("p", { dir: "auto" }, n.t));
  if (n.f.length) box.append(el("p", { class: "where" }, "file: " + n.f.join(", ")));
  const cites = inEdges[i].filter((k) => !E[k][2]).sort((a, b) => byDate(E[a][0], E[b][0]));
  box.append(el("h3", {}, `Cited by ${cites.length} letter${cites.length === 1 ? "" : "s"}`));
  const ul = el("ul", { class: "citations" });
  box.append(ul);
  pageList(ul, cites, (k) => {
    const e = E[k], from = e[0];
    return el("li", { "data-letter": N[from].id, class: edgeOn[k] ? null : "off" },
      nodeLink(from), " ", N[from].dt || "", " ", N[from].s || "",
      el("p", { class: "sentence", dir: "auto" }, str(e[5])),
      el("p", { class: "where" }, (e[4] >= 0 ? "as written: " + str(e[4]) + " · " : "") + places(e).join(" ")));
  });
  const parts = inEdges[i].filter((k) => E[k][2]);
  if (parts.length) {
    box.append(el("h3", {}, "Articles cited"));
    const pu = el("ul", {});
    box.append(pu);
    pageList(pu, parts, (k) => el("li", {}, nodeLink(E[k][0])));
  }
  const out = outEdges[i];
  if (out.length) {
    box.append(el("h3", {}, `Cites ${out.length}`));
    const cu = el("ul", { class: "cites" });
    box.append(cu);
    pageList(cu, out, (k) => el("li", {}, nodeLink(E[k][1]), E[k][2] ? " (part of)" : ""));
  }
  if (renderer && move) {
    const d = renderer.getNodeDisplayData(String(i));
    if (d) {
      const to = { x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.8) };
      // a large graph jumps: every frame of an animation would draw every edge
      if (E.length > BIG_EDGES) renderer.getCamera().setState(to);
      else renderer.getCamera().animate(to, { duration: 300 });
    }
  }
  if (renderer) renderer.refresh();
  api.selected = n.id;
}
api.select = (id) => { if (byId.has(id)) select(byId.get(id), true); };

// ---- tables, with the keyboard --------------------------------------------------------
const PAGE = 200;
function fillTable(id, rows, make) {
  const tb = $(id).tBodies[0];
  tb.replaceChildren();
  let shown = 0;
  const more = () => {
    const frag = document.createDocumentFragment();
    for (const r of rows.slice(shown, shown + PAGE)) frag.append(make(r));
    tb.append(frag);
    shown = Math.min(rows.length, shown + PAGE);
    const old = $(id).nextElementSibling;
    if (old && old.classList.contains("more")) old.remove();
    if (shown < rows.length) {
      const b = el("button", { type: "button", class: "more" }, `Show ${Math.min(PAGE, rows.length - shown)} more of ${rows.length - shown}`);
      b.addEventListener("click", more);
      $(id).after(b);
    }
  };
  more();
}
const row = (i, ...cells) => {
  const tr = el("tr", { tabindex: "0", "data-id": N[i].id }, ...cells.map((c) => el("td", { dir: "auto" }, c)));
  tr.addEventListener("click", () => select(i, true));
  return tr;
};
document.addEventListener("keydown", (ev) => {
  const tr = ev.target.closest && ev.target.closest("tbody tr");
  if (!tr) return;
  let to = null;
  if (ev.key === "ArrowDown") to = tr.nextElementSibling;
  else if (ev.key === "ArrowUp") to = tr.previousElementSibling;
  else if (ev.key === "Home") to = tr.parentElement.firstElementChild;
  else if (ev.key === "End") to = tr.parentElement.lastElementChild;
  else if (ev.key === "Enter" || ev.key === " ") { tr.click(); ev.preventDefault(); return; }
  if (to) { to.focus(); ev.preventDefault(); }
});
function renderTables() {
  fillTable("t-top", D.top.filter((t) => nodeOn[t[0]]), (t) => {
    const i = t[0], n = N[i];
    return row(i, String(D.top.indexOf(t) + 1), n.l, el("code", { dir: "ltr" }, n.id), KINDS[n.k], String(t[1]), String(t[2]),
      t[3] || "", t[4] ? el("span", { class: "contested" }, "contested") : "");
  });
  fillTable("t-chains", chains.filter((c) => c.some((i) => nodeOn[i])), (c) => {
    const tr = row(c[0], String(chains.indexOf(c) + 1), c.map((i) => (N[i].dt || "") + " " + (N[i].s || "") + " " + N[i].id).join(" → "));
    return tr;
  });
  fillTable("t-letters", corpusLetters.filter((i) => nodeOn[i]), (i) => {
    const n = N[i];
    return row(i, n.dt || "", n.s || "", el("code", { dir: "ltr" }, n.id), n.t || n.l, String(outEdges[i].filter((k) => !E[k][2]).length));
  });
  const all = N.map((_, i) => i).filter((i) => nodeOn[i]).sort((a, b) => N[b].in - N[a].in || (N[a].id < N[b].id ? -1 : 1));
  fillTable("t-nodes", all, (i) => {
    const n = N[i];
    return row(i, n.l, el("code", { dir: "ltr" }, n.id), KINDS[n.k], n.dt || "", String(n.in), n.pr.toFixed(4));
  });
}

// ---- controls ------------------------------------------------------------------------
$("title").textContent = D.title;
$("legend").append(...KINDS.map((k) => { const s = el("span", {}, k); s.style.setProperty("--c", COLORS[k] || "#777"); return s; }));
for (const [k, name] of KINDS.entries()) {
  if (!N.some((n) => n.k === k)) continue;
  const c = el("input", { type: "checkbox", checked: "", value: String(k), id: "kind-" + name });
  c.addEventListener("change", () => { c.checked ? state.kinds.add(k) : state.kinds.delete(k); recompute(); });
  $("f-kinds").append(el("label", {}, c, " ", name));
}
for (const s of senders) {
  const c = el("input", { type: "checkbox", value: s, id: "sender-" + s });
  c.addEventListener("change", () => { c.checked ? state.senders.add(s) : state.senders.delete(s); recompute(); });
  $("f-senders").append(el("label", {}, c, " ", s));
}
for (const l of langs) $("f-lang").append(el("option", { value: l }, l));
$("f-lang").addEventListener("change", (ev) => { state.lang = ev.target.value; recompute(); });
$("f-since").addEventListener("change", (ev) => { state.since = ev.target.value; recompute(); });
$("f-until").addEventListener("change", (ev) => { state.until = ev.target.value; recompute(); });
$("f-min").addEventListener("change", (ev) => { state.min = Math.max(0, parseInt(ev.target.value, 10) || 0); recompute(); });
$("f-reset").addEventListener("click", () => {
  state.since = state.until = state.lang = ""; state.min = 0; state.senders.clear();
  KINDS.forEach((_, k) => state.kinds.add(k));
  document.querySelectorAll("#filters input[type=checkbox]").forEach((c) => { c.checked = c.id.startsWith("kind-"); });
  $("f-since").value = $("f-until").value = $("f-lang").value = ""; $("f-min").value = "0";
  recompute();
});
$("chains").addEventListener("click", () => {
  state.chains = !state.chains;
  $("chains").setAttribute("aria-pressed", String(state.chains));
  if (renderer) renderer.refresh();
});
const tl = $("timeline");
tl.max = String(dates.length);
tl.value = String(dates.length);
function setAsOf(d) {
  state.asof = d || "";
  $("asof").value = state.asof;
  let ix = dates.length;
  if (state.asof) { ix = 0; while (ix < dates.length && dates[ix] <= state.asof) ix++; }
  tl.value = String(ix);
  $("timeline-out").textContent = state.asof ? `letters up to ${state.asof}` : "every date";
  recompute();
}
tl.addEventListener("input", () => { const ix = +tl.value; setAsOf(ix >= dates.length ? "" : ix === 0 ? (dates[0] < "0001" ? "" : prevDay(dates[0])) : dates[ix - 1]); });
function prevDay(d) { const t = new Date(d + "T00:00:00Z"); t.setUTCDate(t.getUTCDate() - 1); return t.toISOString().slice(0, 10); }
$("asof").addEventListener("change", (ev) => setAsOf(ev.target.value));
$("timeline-all").addEventListener("click", () => setAsOf(""));
api.setAsOf = setAsOf;

function showResults(q) {
  const hits = search(q), ul = $("results");
  ul.replaceChildren();
  if (!hits.length) { ul.append(el("li", {}, `Nothing found for “${q}”.`)); return hits; }
  for (const i of hits.slice(0, 20)) {
    const li = el("li", { tabindex: "0", "data-id": N[i].id }, nodeLink(i), " ", el("code", { dir: "ltr" }, N[i].id));
    ul.append(li);
  }
  if (hits.length > 20) ul.append(el("li", {}, `and ${hits.length - 20} more`));
  select(hits[0], true);
  return hits;
}
$("search-form").addEventListener("submit", (ev) => { ev.preventDefault(); showResults($("search").value); });
api.search = (q) => search(q).map((i) => N[i].id);

const hash = decodeURIComponent(location.hash.slice(1));
mark("controls");
setAsOf("");
mark("first-render");
if (hash && byId.has(hash)) select(byId.get(hash), true);
requestAnimationFrame(() => { mark("ready"); api.ready = true; document.body.dataset.ready = "1"; });
