// The GraphML and GEXF exports read by graphology (the parsers behind
// Gephi Lite): counts and a few attributes.
// usage: node readers.mjs GRAPHML GEXF   (exit 77 when graphology is missing)
import { readFileSync } from "node:fs";

let Graph, graphml, gexf, DOMParser;
try {
  Graph = (await import("graphology")).default;
  graphml = (await import("graphology-graphml")).default;
  gexf = (await import("graphology-gexf")).default;
  DOMParser = (await import("@xmldom/xmldom")).DOMParser;
} catch (e) {
  console.log("skipped: graphology is not installed (tests/js: npm ci)");
  process.exit(77);
}
let passed = 0, failed = 0;
const check = (name, cond, detail = "") => {
  if (cond) passed++;
  else { failed++; console.log(`FAIL: ${name} ${detail}`); }
};
const g = graphml.parse(Graph, new DOMParser().parseFromString(readFileSync(process.argv[2], "utf8"), "text/xml"));
check("graphml nodes", g.order > 0, g.order);
let charter = null;
g.forEachNode((n, a) => { if (a.name === "instrument:un-charter") charter = a; });
check("graphml attribute", charter && charter.in_degree === 4 && charter.kind === "instrument", JSON.stringify(charter));
check("graphml: no attribute named type", !g.someNode((n, a) => "type" in a));
// lists of file names are JSON arrays of strings (a name may hold spaces)
let files = null;
g.forEachNode((n, a) => { if (a.name === "A/75/379") files = a.file; });
check("graphml: file is a JSON list", files && JSON.stringify(JSON.parse(files)) === '["tests/corpus/seeds/002_6122059e6aca00ae.txt"]', files);
const x = gexf.parse(Graph, new DOMParser().parseFromString(readFileSync(process.argv[3], "utf8"), "text/xml"));
check("gexf counts", x.order === g.order && x.size === g.size, `${x.order}/${x.size} vs ${g.order}/${g.size}`);
const a = x.getNodeAttributes("instrument:un-charter");
check("gexf colour", typeof a.color === "string" && a.color.length > 0, JSON.stringify(a));
check("gexf size", a.size > 0, a.size);
const l = x.getNodeAttributes("A/75/379");
check("gexf: file is a JSON list", Array.isArray(JSON.parse(l.file)) && JSON.parse(l.file).length === 1, l.file);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
