// report.mjs: the HTML report in a real browser (Debian's chromium,
// headless, through puppeteer-core), opened from a file:// URL with the
// network cut off.
//   node report.mjs REPORT.html NODES [SCREENSHOT.png]   the checks below
//   node report.mjs --bench REPORT.html                   the time it takes to open
// The checks (on the report of the sample letters): no request leaves the
// page, no console error; the canvas draws every node; a search for
// S/RES/822(1993) and for "resolution 822 (1993)" selects that node and
// lists the two letters of Azerbaijan with their sentences, files and
// lines, and references as people write them find what citegraph trace
// finds (REPORT_QUERIES: query TAB id lines); the timeline at 2021-01-01
// hides the letters dated after it; the
// tables answer the keyboard; a CJK font is there for the Chinese labels.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const bench = process.argv[2] === "--bench";
const [file, nodesArg, shot] = process.argv.slice(bench ? 3 : 2);
let passed = 0, failed = 0;
const ok = (cond, what) => { if (cond) passed++; else { failed++; console.log("FAIL: " + what); } return cond; };

const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-gpu-sandbox",
    "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-default-apps"],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const url = pathToFileURL(resolve(file)).href;
  const errors = [], requests = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.setOfflineMode(true);
  await page.setRequestInterception(true);
  page.on("request", (r) => {
    if (r.url() === url || r.url().startsWith("data:") || r.url().startsWith("blob:")) r.continue();
    else { requests.push(r.url()); r.abort(); }
  });
  const t0 = performance.now();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction("window.citegraph && window.citegraph.ready", { timeout: 30000 });
  const tReady = performance.now() - t0;
  // interactive: a search answered and drawn
  const t1 = performance.now();
  await page.evaluate(() => { document.getElementById("search").value = "instrument:un-charter"; });
  await page.evaluate(() => document.getElementById("search-form").requestSubmit());
  await page.waitForFunction("window.citegraph.selected === 'instrument:un-charter'", { timeout: 10000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  const tSearch = performance.now() - t1;
  if (bench) {
    const n = await page.evaluate("window.citegraph.drawnNodes()");
    console.log(JSON.stringify({ file, bytes: readFileSync(file).length, nodes_drawn: n,
      open_to_interactive_ms: Math.round(tReady), search_ms: Math.round(tSearch), console_errors: errors.length }));
    process.exit(errors.length ? 1 : 0);
  }
  const want = Number(nodesArg);
  const data = JSON.parse(await page.evaluate(() => document.getElementById("cg-data").textContent));

  // the canvas draws every node, and something is painted
  ok(await page.evaluate("window.citegraph.hasCanvas()"), "sigma could draw (WebGL)");
  const drawn = await page.evaluate("window.citegraph.drawnNodes()");
  ok(drawn === want && data.nodes.length === want, `the canvas draws ${drawn} nodes of ${data.nodes.length}, the graph has ${want}`);
  const painted = await page.evaluate(() => {
    window.citegraph.drawnNodes(); // a render now: the WebGL buffer is readable in this task
    const c = document.querySelector("#graph canvas.sigma-nodes");
    const gl = c && (c.getContext("webgl2") || c.getContext("webgl"));
    if (!gl) return -1;
    const px = new Uint8Array(gl.drawingBufferWidth * gl.drawingBufferHeight * 4);
    gl.readPixels(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight, gl.RGBA, gl.UNSIGNED_BYTE, px);
    let n = 0;
    for (let k = 3; k < px.length; k += 4) if (px[k]) n++;
    return n;
  });
  ok(painted > 1000, `the nodes' canvas has ${painted} painted pixels`);
  const labelled = await page.evaluate(() => {
    const c = document.querySelector("#graph canvas.sigma-labels");
    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let k = 3; k < d.length; k += 4) if (d[k]) n++;
    return n;
  });
  ok(labelled > 100, `labels drawn (${labelled} pixels)`);

  // search: the identifier, and the reference as a letter writes it
  const byId = new Map(data.nodes.map((n, i) => [n.id, i]));
  for (const q of ["S/RES/822(1993)", "resolution 822 (1993)"]) {
    await page.evaluate(() => { document.getElementById("details").textContent = ""; });
    await page.click("#search", { clickCount: 3 });
    await page.keyboard.press("Backspace");
    await page.type("#search", q);
    await page.keyboard.press("Enter");
    await page.waitForFunction("window.citegraph.selected === 'S/RES/822(1993)'", { timeout: 5000 }).catch(() => {});
    ok(await page.evaluate("window.citegraph.selected") === "S/RES/822(1993)", `search "${q}" selects S/RES/822(1993)`);
    const cites = await page.$$eval("#details ul.citations > li", (lis) => lis.map((li) => ({
      letter: li.dataset.letter,
      sentence: li.querySelector(".sentence").textContent,
      where: li.querySelector(".where").textContent,
    })));
    ok(cites.length === 2, `search "${q}": ${cites.length} citing letters listed (2)`);
    for (const c of cites) {
      const n = data.nodes[byId.get(c.letter)];
      ok(n && n.s === "AZE", `search "${q}": ${c.letter} is a letter of Azerbaijan`);
      ok(/822/.test(c.sentence) && c.sentence.length > 20, `search "${q}": the sentence of ${c.letter}`);
      ok(/\.txt:\d+:\d+/.test(c.where), `search "${q}": file and line of ${c.letter}: ${c.where}`);
    }
  }

  // the page's search finds what the library's resolver finds (citegraph trace)
  if (process.env.REPORT_QUERIES) {
    const rows = readFileSync(process.env.REPORT_QUERIES, "utf8").split("\n").filter(Boolean).map((l) => l.split("\t"));
    ok(rows.length >= 10, `${rows.length} references to look for`);
    for (const [q, id] of rows) {
      const got = await page.evaluate((q) => window.citegraph.search(q)[0], q);
      ok(got === id, `search "${q}": ${got}, the resolver says ${id}`);
    }
  }

  // the timeline as of 2021-01-01
  const letters = data.nodes.filter((n) => n.k === data.kinds.indexOf("letter") && n.c);
  const before = await page.evaluate("window.citegraph.drawnNodes()");
  await page.$eval("#asof", (el) => { el.value = "2021-01-01"; el.dispatchEvent(new Event("change")); });
  const after = await page.evaluate("window.citegraph.drawnNodes()");
  const later = letters.filter((n) => n.dt > "2021-01-01"), earlier = letters.filter((n) => n.dt <= "2021-01-01");
  ok(later.length > 0 && earlier.length > 0, "letters on both sides of 2021-01-01");
  for (const n of later) ok(!(await page.evaluate((id) => window.citegraph.isShown(id), n.id)), `${n.id} (${n.dt}) hidden as of 2021-01-01`);
  for (const n of earlier) ok(await page.evaluate((id) => window.citegraph.isShown(id), n.id), `${n.id} (${n.dt}) shown as of 2021-01-01`);
  ok(after < before, `fewer nodes drawn as of 2021-01-01 (${after} of ${before})`);
  const rows = await page.$$eval("#t-letters tbody tr", (trs) => trs.map((tr) => tr.dataset.id));
  ok(rows.length === earlier.length && earlier.every((n) => rows.includes(n.id)), "the letters table as of 2021-01-01");
  await page.click("#timeline-all");
  ok(await page.evaluate("window.citegraph.drawnNodes()") === want, "every node again for every date");

  // the tables and the keyboard
  await page.focus("#t-top tbody tr");
  await page.keyboard.press("ArrowDown");
  const second = await page.evaluate(() => document.activeElement.dataset.id);
  const rowsTop = await page.$$eval("#t-top tbody tr", (trs) => trs.map((tr) => tr.dataset.id));
  ok(second === rowsTop[1], `ArrowDown moves to the second row (${second})`);
  await page.keyboard.press("Enter");
  ok(await page.evaluate("window.citegraph.selected") === second, "Enter selects the row's node");
  const contested = await page.$$eval("#t-top tbody tr .contested", (x) => x.length);
  ok(contested >= 1, "the contested mark in the most-cited table");

  // the Chinese labels have a font
  const cjkFont = await page.evaluate(() => document.fonts.check('12px "WenQuanYi Micro Hei"', "联合国宪章"));
  ok(cjkFont || !existsSync("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), "a CJK font for the labels");

  // the picture: the resolution selected, the Chinese labels and sentences
  await page.click("#search", { clickCount: 3 });
  await page.keyboard.press("Backspace");
  await page.type("#search", "S/RES/822(1993)");
  await page.keyboard.press("Enter");
  await new Promise((r) => setTimeout(r, 500));
  if (shot) await page.screenshot({ path: shot });

  ok(requests.length === 0, `no request leaves the page (${requests.join(" ")})`);
  ok(errors.length === 0, `no console error (${errors.join(" | ")})`);
  console.log(`open to interactive: ${Math.round(tReady)} ms, a search: ${Math.round(tSearch)} ms`);
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
