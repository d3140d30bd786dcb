// build.mjs: bundles app.js with sigma.js and graphology (the versions
// package-lock.json pins) into bundle.js, the script the report inlines.
//   cd src/report && npm ci && node build.mjs          (writes bundle.js)
//   node build.mjs --check                             (compares, exit 1 if it differs)
// bundle.js is committed so that building citegraph needs no node; the
// report.bundle test runs this with --check.  Its first line records the
// SHA-256 of package-lock.json and of app.js it was made from.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const sha = (f) => createHash("sha256").update(readFileSync(join(here, f))).digest("hex");
const lock = JSON.parse(readFileSync(join(here, "package-lock.json"), "utf8"));
const bundled = Object.entries(lock.packages).filter(([k]) => k.startsWith("node_modules/") && !lock.packages[k].dev);
const versions = bundled
  .map(([k, v]) => `${k.slice(13)}@${v.version} (${v.license || "see package"})`)
  .join(", ");
const out = await build({
  entryPoints: [join(here, "app.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  charset: "utf8",
  legalComments: "eof",
  write: false,
  logLevel: "warning",
});
let js = out.outputFiles[0].text;
// nothing in the script may end the <script> element it is inlined in
js = js.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "<\\!--");
const head = `/* citegraph report bundle: package-lock.json sha256 ${sha("package-lock.json")}, app.js sha256 ${sha("app.js")}; ${versions} */\n`;
// the licence notices of what is bundled, at the end of the script
import { readdirSync } from "node:fs";
let notices = "";
for (const [k, v] of bundled) {
  if (v.dev) continue;
  const dir = join(here, k);
  const f = readdirSync(dir).find((n) => /^licen[cs]e/i.test(n));
  const body = f ? readFileSync(join(dir, f), "utf8").replace(/\*\//g, "* /").trim() : `licence: ${v.license}`;
  notices += `\n\n${k.slice(13)}@${v.version}\n${body}`;
}
const text = head + js + `/* The licences of the packages bundled above:${notices}\n*/\n`;
if (process.argv.includes("--check")) {
  const old = readFileSync(join(here, "bundle.js"), "utf8");
  if (old !== text) {
    console.error("citegraph: src/report/bundle.js differs from what package-lock.json and app.js give: run `make report-bundle` and commit it");
    process.exit(1);
  }
  console.log("src/report/bundle.js matches package-lock.json and app.js");
} else {
  writeFileSync(join(here, "bundle.js"), text);
  console.log(`src/report/bundle.js: ${text.length} bytes`);
}
