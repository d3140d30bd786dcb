/*
 * citegraph: find the references made by diplomatic letters circulated at
 * the United Nations and turn them into a citation graph.
 *
 * The pipeline is  read -> normalize -> lex -> parse -> resolve -> graph ->
 * analyse -> write.  This header is the whole public interface; every type
 * behind it is opaque.  Conventions:
 *   - functions return a cg_status (CG_OK is 0) and fill a cg_error when one
 *     is given (it may be NULL);
 *   - outputs come first: `T **out` receives an object the caller owns and
 *     releases with the matching `_free`;
 *   - every string handed out is UTF-8 and stays valid as long as the object
 *     it came from.
 */
#ifndef CITEGRAPH_H
#define CITEGRAPH_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CG_VERSION "0.2.0"

/* What the library exports: the functions of this header, nothing else
 * (the library is compiled with hidden visibility). */
#if defined(__GNUC__) && !defined(CG_STATIC_NO_EXPORT)
#define CG_EXPORT __attribute__((visibility("default")))
#else
#define CG_EXPORT
#endif

/** Status codes.  The CLI maps them to exit codes 0, 1 and 2. */
typedef enum cg_status {
    CG_OK = 0,
    CG_ERR_INPUT = 1,  /**< an input could not be used (encoding, binary, unreadable) */
    CG_ERR_USAGE = 2,  /**< the caller asked for something impossible */
    CG_ERR_NOMEM = 3,  /**< out of memory in a library citegraph uses (libxml2, igraph); the
                            library's own allocations go through cg_mem, which does not fail */
    CG_ERR_IO = 4,     /**< reading or writing failed */
    CG_ERR_GRAPH = 5,  /**< igraph reported an error */
    CG_ERR_FORMAT = 6  /**< a registry, graph or manifest file is malformed */
} cg_status;

/** Where and why something failed, in the manner of jansson's json_error_t.
 *  `line` and `column` are 1-based and 0 when they do not apply; `column`
 *  counts characters, not bytes.  `file` and `message` are safe to print:
 *  control characters and bytes that are not UTF-8 (in a file name, say)
 *  are written escaped (`\x1b`, `\n`, `\xff`). */
typedef struct cg_error {
    char file[512];
    long line;
    long column;
    char message[512];
} cg_error;

/** Node kinds of the citation graph (attribute `kind`). */
typedef enum cg_kind {
    CG_KIND_LETTER = 0,
    CG_KIND_SC_RESOLUTION,
    CG_KIND_GA_RESOLUTION,
    CG_KIND_DOCUMENT,
    CG_KIND_INSTRUMENT,
    CG_KIND_ARTICLE,
    CG_KIND_TITLE,
    CG_KIND_CASE,
    CG_KIND_URL,
    CG_KIND_COUNT
} cg_kind;

/** The name of a kind as written in the graph ("sc-resolution", ...).
 *  Returns a static string; never NULL ("?" for an out-of-range value). */
CG_EXPORT const char *cg_kind_name(cg_kind kind);

/** Parses a kind name; returns 0 and sets *out, or -1 when unknown. */
CG_EXPORT int cg_kind_parse(cg_kind *out, const char *name);

/* ------------------------------------------------------------------ */
/* Registry: instruments, cases, reporters and States                  */
/* ------------------------------------------------------------------ */

/** The memory functions the library's own allocations go through, in the
 *  manner of cmark's cmark_mem.  `calloc` and `realloc` must return
 *  memory or not return at all: what running out of memory does is theirs
 *  to decide (longjmp, abort, a C++ exception through C frames is not
 *  allowed).  The default ones are the C library's, and on failure print
 *  "citegraph: out of memory" and abort().  igraph, libxml2, jansson,
 *  poppler and libzip keep their own allocators (their failures come back
 *  as CG_ERR_NOMEM or CG_ERR_GRAPH). */
typedef struct cg_mem {
    void *(*calloc)(size_t n, size_t size);
    void *(*realloc)(void *p, size_t size); /**< realloc(NULL, n) allocates */
    void (*free)(void *p);
} cg_mem;

/** Makes the library allocate with `mem` (NULL: the default), which must
 *  stay valid.  Call it before any other function of the library, from
 *  one thread: memory allocated with one allocator must not be freed by
 *  another.  What the library hands over for the caller to free (where
 *  this header says free(): cg_name_escape, cg_graph_citations_of,
 *  cg_graph_search ...) is freed with mem->free. */
CG_EXPORT void cg_set_mem(const cg_mem *mem);

/** The default allocator (to wrap it: count, limit, then call it). */
CG_EXPORT const cg_mem *cg_default_mem(void);

typedef struct cg_registry cg_registry;

/** Creates a registry holding the built-in data (instruments, ICJ cases,
 *  reporters, UN Member and observer States).  The caller owns *out and
 *  releases it with cg_registry_free.  Errors:
 *  CG_ERR_FORMAT if the compiled-in data is damaged. */
CG_EXPORT cg_status cg_registry_new(cg_registry **out, cg_error *err);

/** Adds the entries of a registry file (same JSON layout as the built-in
 *  data: "instruments", "cases", "reporters") to `reg`.  The file is
 *  checked whole before anything is added: unknown sections and keys,
 *  wrongly typed values, invalid dates, unknown kinds and languages, an id
 *  given twice, a title that already names another entry, and an id that
 *  is already in the registry (built in or from an earlier file) without
 *  "override": true on the entry are errors.  An entry that says
 *  "override": true replaces the known one's kind, labels and date and
 *  adds its titles; each override is recorded as a warning
 *  (cg_registry_warning).  Errors: CG_ERR_IO when the file cannot be read,
 *  CG_ERR_FORMAT with line and column of the bad value (nothing is added
 *  then). */
CG_EXPORT cg_status cg_registry_load(cg_registry *reg, const char *path, cg_error *err);

/** The warnings of the registry files loaded so far, one line each,
 *  "FILE:LINE:COL: message" (an entry that replaces another); i from 0 to
 *  cg_registry_warning_count - 1, NULL past the end. */
CG_EXPORT size_t cg_registry_warning_count(const cg_registry *reg);
CG_EXPORT const char *cg_registry_warning(const cg_registry *reg, size_t i);

/** Releases a registry; NULL is allowed. */
CG_EXPORT void cg_registry_free(cg_registry *reg);

/* ------------------------------------------------------------------ */
/* Documents: one scanned letter                                       */
/* ------------------------------------------------------------------ */

typedef struct cg_document cg_document;

/** The metadata read from a letter's header.  Strings are NULL when the
 *  letter does not give them. */
typedef struct cg_meta {
    const char *id;          /**< canonical node id: own symbol, else letter:DATE:ISO3, else
                                  file:NAME (NAME: the path relative to the corpus root,
                                  escaped by cg_name_escape; docs/identifiers.md) */
    const char *file;        /**< the path as given */
    const char *language;    /**< "zh" or "en" */
    const char *title;       /**< the letter's title line ("2021 年 8 月 18 日...的信") */
    const char *date;        /**< ISO 8601 date of the letter */
    const char *sender;      /**< ISO 3166-1 alpha-3 codes, space-separated (joint letters) */
    const char *symbols;     /**< the letter's own symbols, space-separated */
    const char *addressee;   /**< "secretary-general", "president-sc", ... */
    long session;            /**< General Assembly session, 0 when none */
    long sc_year;            /**< Security Council year ("seventy-sixth year"), 0 when none */
    const char *agenda_items;/**< agenda item numbers, space-separated */
    const char *annex_author;/**< who signed the annex, when there is one */
    int has_annex;           /**< 1 when the letter transmits an annex */
    const char *encoding;    /**< what the bytes were read as: "UTF-8", "UTF-16LE", "UTF-16BE",
                                  "UTF-32LE", "UTF-32BE", "GB18030" ("UTF-8" for a PDF or a
                                  .docx: the text extracted from it) */
    const char *format;      /**< "text", "markdown", "html", "pdf" or "docx" */
} cg_meta;

/** One reference found in a document. */
typedef struct cg_ref {
    const char *target;   /**< canonical node id (contract: docs/identifiers.md) */
    cg_kind kind;         /**< kind of the target node */
    const char *label;    /**< human-readable label, may be NULL */
    const char *parent;   /**< for an article, its instrument's id; else NULL */
    const char *parent_label; /**< for an article, its instrument's label; else NULL */
    const char *symbols;  /**< for a joint document, all its symbols space-separated; else NULL */
    const char *alias;    /**< another id of the same target: letter:DATE:ISO3 for a letter
                               cited both by description and by symbol; else NULL */
    const char *text;     /**< the reference as written (normalized white space) */
    const char *sentence; /**< the sentence it was found in */
    size_t offset;        /**< byte offset of the reference in the original file (for a PDF or
                               a .docx: in the text extracted from it, docs/inputs.md) */
    size_t length;        /**< its length in bytes in the original file (or extracted text) */
    long line;            /**< 1-based line in the original file (or extracted text: for a PDF,
                               the pages' lines one after the other, a form feed between pages) */
    long column;          /**< 1-based column (characters) in the original file (or extracted text) */
    int echo;             /**< 1 when only a link annotation repeating the text (a URL alone on a line) */
    long page;            /**< 1-based page of a PDF the reference is printed on; 0 for every
                               other format */
    const char *label_lang; /**< the language label and parent_label are written in (ISO 639-1:
                                 "en", "zh", ...) */
} cg_ref;

/** Reads and scans one file ("-" reads standard input).  Plain text,
 *  Markdown and HTML are recognised by content (HTML also by name), PDF
 *  (its text layer, with poppler) and Word .docx (its XML) by their first
 *  bytes, whatever the file's name; UTF-8
 *  with or without BOM, UTF-16 and UTF-32 with a BOM, UTF-16 and UTF-32
 *  without one when the pattern of NUL bytes leaves no doubt, and
 *  GB18030/GBK Chinese (when the bytes are not UTF-8 and decode cleanly)
 *  are read; meta->encoding says which.  Offsets are in the original
 *  bytes, or for a PDF or a .docx in the text extracted from it (each
 *  reference of a PDF gives its page).  Only regular files (and standard input, whatever it is) are
 *  read: a FIFO, a device, a socket or a folder is refused before any read
 *  (see cg_document_read_file_opts to read FIFOs and devices); the size is
 *  taken from the file system first, and a file larger than 1 GiB is
 *  refused unread.  The caller owns *out (cg_document_free).  Errors:
 *  CG_ERR_IO when the file cannot be opened or read, CG_ERR_INPUT when it
 *  is not a regular file, too large, empty, binary, or in no encoding
 *  citegraph reads (err gives the line and column of the first bad byte
 *  and says what the file looks like), a damaged or encrypted PDF or
 *  .docx, a PDF without a text layer (a scan: no OCR is done), a Word
 *  97-2003 .doc or another ZIP archive. */
CG_EXPORT cg_status cg_document_read_file(cg_document **out, const cg_registry *reg,
                                const char *path, cg_error *err);

/** Options of cg_document_read_file_opts; zero-initialise, then set what
 *  you need. */
typedef struct cg_read_options {
    const char *name;   /**< the path relative to the corpus root (the folder the file was
                             found under, or the path as given for a file named directly),
                             used in the id `file:NAME` of a letter whose header names no
                             symbol, date and sender; NULL: `path` without a leading `./` */
    int follow_special; /**< 1: a FIFO or a device is read to its end (a FIFO waits for a
                             writer; at most 1 GiB is read, more is refused); 0: refused
                             before any read, as by cg_document_read_file */
    size_t max_refs;    /**< the work limit: the scan of a file stops after this many
                             references, with a warning (cg_document_warning) saying
                             where; 0: CG_MAX_REFS */
    const char *language; /**< the language to read the file in, one of CG_LANGUAGES_READ
                             ("fr"): its grammar is used for every paragraph, and the
                             letter's `language` is it; NULL: detected per document and
                             per paragraph (docs/languages.md).  Another code is
                             CG_ERR_USAGE */
} cg_read_options;

/** The languages citegraph reads, space-separated ISO 639-1 codes in the
 *  order of `languages` lists. */
#define CG_LANGUAGES_READ "zh en fr es ru ar"

/** The default work limit of one document, in references: a thousand
 *  times what the longest letters hold, so that it stops only input that
 *  is not a letter (a generated list, a file repeating one citation) from
 *  holding memory without bound. */
#define CG_MAX_REFS ((size_t)100000)

/** cg_document_read_file with options (opts may be NULL: the defaults).
 *  Same ownership and errors. */
CG_EXPORT cg_status cg_document_read_file_opts(cg_document **out, const cg_registry *reg,
                                     const char *path, const cg_read_options *opts,
                                     cg_error *err);

/** What cg_name_escape found in a name. */
enum {
    CG_NAME_NOT_UTF8 = 1, /**< bytes that are not UTF-8 */
    CG_NAME_CONTROL = 2   /**< control characters (U+0000 to U+001F, U+007F to U+009F) */
};

/** A file name as identifiers hold it (`file:NAME`), valid UTF-8 and free
 *  of control characters, from which the name's bytes can be recovered
 *  exactly: every byte that is not part of a UTF-8 character, every byte
 *  of a control character and `%` itself become `%` and two upper-case
 *  hex digits (`%FF`, `%0A`, `%25`); everything else, spaces included, is
 *  kept.  *out is the caller's (free()).  Returns 0 when only `%` (if
 *  anything) was escaped, else the CG_NAME_* flags for what was found. */
CG_EXPORT int cg_name_escape(char **out, const char *name);

/** Warnings about a document that was read: the work limit stopping its
 *  scan ("FILE:LINE: warning: more than N references: ...").  The string
 *  is owned by the document; NULL past the end. */
CG_EXPORT size_t cg_document_warning_count(const cg_document *doc);
CG_EXPORT const char *cg_document_warning(const cg_document *doc, size_t i);

/** Scans a document held in memory; `name` is what `file` will say (and,
 *  without a leading `./`, what a `file:` id is made of).  Same ownership
 *  and errors as cg_document_read_file.  The buffer is not kept. */
CG_EXPORT cg_status cg_document_scan(cg_document **out, const cg_registry *reg,
                           const char *name, const char *data, size_t len,
                           cg_error *err);

/** The document's metadata; valid until cg_document_free. */
CG_EXPORT const cg_meta *cg_document_meta(const cg_document *doc);

/** Number of references found (every mention, in document order). */
CG_EXPORT size_t cg_document_ref_count(const cg_document *doc);

/** The i-th reference, or NULL when i is out of range. */
CG_EXPORT const cg_ref *cg_document_ref(const cg_document *doc, size_t i);

/** A reference found in a letter that cannot be resolved to a node
 *  without inventing one: a statement by the President of the Security
 *  Council cited by a date on which the table of statements holds none,
 *  several, or one with another missing next to it, or a date outside the
 *  table; a Security Council resolution number outside the table of
 *  resolutions written without its year; a letter described with no
 *  State as its sender; a resolution of the General Assembly, the
 *  Economic and Social Council, the Human Rights Council or the Commission
 *  on Human Rights cited by its number and a year ("General Assembly
 *  resolution 1514 (1960)": the symbol needs the session).  It is not a
 *  citation (no node, no edge). */
typedef struct cg_unresolved {
    const char *kind;     /**< "sc-prst", "sc-resolution", "letter", "ga-resolution" or
                               "resolution" (of ECOSOC or a human rights body) */
    const char *key;      /**< what the text says of it: the date (YYYY-MM-DD) of a statement
                               or a letter, the number of a resolution (with its year:
                               "1514(1960)") */
    const char *reason;   /**< why it stays unresolved, in words */
    const char *text;     /**< the mention as written (normalized white space) */
    const char *sentence; /**< the sentence it was found in */
    size_t offset;        /**< byte offset in the original file (as cg_ref.offset) */
    size_t length;        /**< its length in bytes */
    long line;            /**< 1-based line (as cg_ref.line) */
    long column;          /**< 1-based column in characters */
    long page;            /**< 1-based page of a PDF; 0 for every other format */
} cg_unresolved;

/** The number of unresolved mentions of a scanned document, in document
 *  order (0 for a document made from a cache or JSON Lines). */
CG_EXPORT size_t cg_document_unresolved_count(const cg_document *doc);

/** The i-th unresolved mention, or NULL when i is out of range. */
CG_EXPORT const cg_unresolved *cg_document_unresolved(const cg_document *doc, size_t i);

/** Overrides what the header said (a manifest knows better): any argument
 *  may be NULL to keep the scanned value; `symbols` is space-separated, its
 *  first symbol becomes the id; `sender` is ISO 3166-1 alpha-3 codes.  The
 *  id is recomputed.  Never fails. */
CG_EXPORT void cg_document_override(cg_document *doc, const char *symbols, const char *date,
                          const char *sender, const char *language);

/** A document made from what an earlier scan found (a scan cache, the JSON
 *  Lines of `citegraph scan --jsonl`), to be added to a graph as the scan
 *  would have been.  Every string of meta is copied (NULL or empty: not
 *  given); meta->id is not read but made again from the symbols, date,
 *  sender and `name` as a scan makes it (docs/identifiers.md); `name` is
 *  the path relative to the corpus root (NULL: meta->file without a
 *  leading `./`).  The caller owns *out (cg_document_free).  Errors:
 *  CG_ERR_USAGE when meta->file is NULL or empty, CG_ERR_INPUT when a
 *  string other than the file's name is not valid UTF-8. */
CG_EXPORT cg_status cg_document_new(cg_document **out, const cg_meta *meta, const char *name,
                                    cg_error *err);

/** Appends a reference, in document order, to a document made by
 *  cg_document_new; every string is copied.  Errors: CG_ERR_INPUT when
 *  the target is NULL or empty, the kind out of range or a string not
 *  valid UTF-8, CG_ERR_USAGE for
 *  a document read from a file (its references are what the scan found). */
CG_EXPORT cg_status cg_document_add_ref(cg_document *doc, const cg_ref *ref, cg_error *err);

/** Releases a document; NULL is allowed. */
CG_EXPORT void cg_document_free(cg_document *doc);

/* ------------------------------------------------------------------ */
/* Manifests: what is known about files from elsewhere                 */
/* ------------------------------------------------------------------ */

typedef struct cg_manifest cg_manifest;

/** Reads a manifest mapping file names to symbol, date, sender and
 *  language: JSON (an array of objects with "file" and any of "symbol",
 *  "date", "sender", "language"; or an object keyed by file name) or CSV
 *  with a header row naming those columns (a UTF-8 BOM is accepted).  The
 *  whole manifest is checked: unknown keys or columns, a file listed twice,
 *  dates that are not calendar dates, senders that are not States of the
 *  built-in list, languages other than the six of the UN, and two files
 *  with one symbol that are not language versions of one letter (each
 *  with a different language, the same symbols) are errors.  The caller
 *  owns *out (cg_manifest_free).  Errors: CG_ERR_IO, CG_ERR_FORMAT with
 *  line and column of the value. */
CG_EXPORT cg_status cg_manifest_load(cg_manifest **out, const char *path, cg_error *err);

/** Applies the manifest's entry for the document's file (matched by path
 *  as given, else by base name when only one entry has it) with
 *  cg_document_override.  Returns 1 when an entry matched, else 0. */
CG_EXPORT int cg_manifest_apply(const cg_manifest *m, cg_document *doc);

/** Releases a manifest; NULL is allowed. */
CG_EXPORT void cg_manifest_free(cg_manifest *m);

/* ------------------------------------------------------------------ */
/* Graph                                                               */
/* ------------------------------------------------------------------ */

typedef struct cg_graph cg_graph;

/** Creates an empty graph.  The caller owns *out (cg_graph_free).
 *  Always CG_OK (memory: cg_mem). */
CG_EXPORT cg_status cg_graph_new(cg_graph **out, cg_error *err);

/** How much evidence an edge keeps. */
typedef enum cg_evidence {
    CG_EVIDENCE_FIRST = 0, /**< the first sentence (capped at 400 characters), the count of
                                sentences (the weight), every form and location */
    CG_EVIDENCE_FULL       /**< every sentence, and each mention's own (JSON Lines) */
} cg_evidence;

/** Chooses the evidence edges keep (CG_EVIDENCE_FIRST by default); call it
 *  before the first cg_graph_add.  Errors: CG_ERR_USAGE when documents were
 *  added already. */
CG_EXPORT cg_status cg_graph_set_evidence(cg_graph *g, cg_evidence level, cg_error *err);

/** Measures cg_graph_finish computes beyond the default ones. */
typedef enum cg_measures {
    CG_MEASURES_DEFAULT = 0,
    CG_MEASURES_EXACT_BETWEENNESS = 1 /**< betweenness however large the graph (exact, O(V E));
                                           by default it is computed only when V * E <= 5e7,
                                           else left out (cg_graph_has_betweenness) */
} cg_measures;

/** Asks for measures beyond the default ones (a cg_measures flag set).
 *  Errors: CG_ERR_USAGE when the graph is finished already. */
CG_EXPORT cg_status cg_graph_set_measures(cg_graph *g, unsigned measures, cg_error *err);

/** Whether the nodes of a finished graph carry betweenness: 1 when it was
 *  computed (V * E <= 5e7, or asked with CG_MEASURES_EXACT_BETWEENNESS, or
 *  read with the graph), 0 when it was left out (then every node's
 *  cg_node_view.betweenness is NaN and the writers omit the attribute) or
 *  before the graph is finished. */
CG_EXPORT int cg_graph_has_betweenness(const cg_graph *g);

/** The threads cg_graph_finish and the writers may use (1 by default, the
 *  calling thread alone; 0: one per processor).  The output is the same
 *  bytes for any number.  Can be changed at any time; a graph is still
 *  used by one thread at a time. */
CG_EXPORT void cg_graph_set_threads(cg_graph *g, unsigned threads);

/** Adds a scanned document: its letter node, the nodes it cites and one
 *  `cites` edge per distinct target (weight = distinct mentions, echo links
 *  not counted twice).  Everything needed is copied: the document may be
 *  freed right after.  Documents may be added in any order; the result does
 *  not depend on it.  A letter added twice (its versions in several
 *  languages, say) is one node whose `file` and `language` list every
 *  version and whose citations are the union.  Errors: CG_ERR_USAGE after
 *  cg_graph_finish. */
CG_EXPORT cg_status cg_graph_add(cg_graph *g, const cg_document *doc, cg_error *err);

/** Finishes the graph: merges joint symbols into one node, links letters
 *  that cite letters of the corpus, adds `part-of` edges, sorts nodes and
 *  edges by id, and computes in-degree, mentions and PageRank with igraph.
 *  Must be called before writing or querying; calling it again is a no-op.
 *  Errors: CG_ERR_GRAPH (igraph's message in err, out of memory included). */
CG_EXPORT cg_status cg_graph_finish(cg_graph *g, cg_error *err);

/** Warnings found while finishing (a letter citing a document dated after
 *  it: the edge is kept and carries anachronism=true).  The string is owned
 *  by the graph and made when asked for: it stays valid until the next call
 *  of cg_graph_warning on the same graph (copy it to keep it), and two
 *  threads do not ask the same graph at once. */
CG_EXPORT size_t cg_graph_warning_count(const cg_graph *g);
CG_EXPORT const char *cg_graph_warning(const cg_graph *g, size_t i);

/** Number of nodes and edges (after cg_graph_finish). */
CG_EXPORT size_t cg_graph_node_count(const cg_graph *g);
CG_EXPORT size_t cg_graph_edge_count(const cg_graph *g);

/** Writes GraphML (docs/graphml.md) to a stream.  Errors: CG_ERR_IO. */
CG_EXPORT cg_status cg_graph_write_graphml(const cg_graph *g, FILE *fp, cg_error *err);

/** cg_graph_save with CG_OUTPUT_GRAPHML.  Errors: as cg_graph_save. */
CG_EXPORT cg_status cg_graph_save_graphml(const cg_graph *g, const char *path, cg_error *err);

/** Output formats (docs/formats.md). */
typedef enum cg_output {
    CG_OUTPUT_GRAPHML = 0, /**< GraphML 1.0 */
    CG_OUTPUT_GEXF,        /**< GEXF 1.3, dynamic (timeline), with colours and sizes */
    CG_OUTPUT_GEXF_1_2,    /**< GEXF 1.2draft, for networkx versions that cannot read 1.3 */
    CG_OUTPUT_JSON,        /**< node-link JSON (networkx.node_link_graph, d3) */
    CG_OUTPUT_JSONL,       /**< JSON Lines: one line per mention found */
    CG_OUTPUT_CSV_NODES,   /**< nodes.csv for Gephi's spreadsheet import */
    CG_OUTPUT_CSV_EDGES,   /**< edges.csv for Gephi's spreadsheet import */
    CG_OUTPUT_DOT          /**< Graphviz DOT, coloured by kind */
} cg_output;

/** Parses "graphml", "gexf", "gexf-1.2", "json", "jsonl", "dot" (CSV is two
 *  files: "csv" is handled by callers); returns 0 or -1. */
CG_EXPORT int cg_output_parse(cg_output *out, const char *name);

/** Writes the graph in a format to a stream.  Errors: CG_ERR_USAGE when
 *  the graph is not finished, CG_ERR_IO. */
CG_EXPORT cg_status cg_graph_write(const cg_graph *g, cg_output format, FILE *fp, cg_error *err);

/** Writes the graph to `path` in a way that respects what is there
 *  (docs/reliability.md, "Writing outputs"):
 *    - a regular file, or a name that does not exist yet: the graph goes to
 *      a temporary file ".cg-XXXXXX" in the same folder, which gets the old
 *      file's owner and group (where the process may set them) and mode,
 *      and is synced and renamed into place when complete.  A failed write
 *      leaves the previous file intact and removes the temporary file; hard
 *      links to the old file keep the old content (the name gets a new
 *      file);
 *    - a symbolic link: followed (any depth) to the file it names, which is
 *      replaced as above; the link stays;
 *    - a character device, a FIFO or a Unix stream socket: written through
 *      directly, every error checked (a full device is CG_ERR_IO); a FIFO
 *      nobody reads is waited for 3 seconds, then refused; a reader that
 *      goes away is CG_ERR_IO, not SIGPIPE;
 *    - "-": standard output, every error checked;
 *    - anything else (a folder, a block device) is refused.
 *  SIGINT, SIGTERM and SIGHUP are held only while a temporary file is
 *  created and recorded and while it is renamed (cg_save_remove_temp_files
 *  removes it when the process is stopped between the two).
 *  Errors: CG_ERR_USAGE when the graph is not finished; CG_ERR_IO with the
 *  path, the reason and what was kept ("the previous file is left intact",
 *  "nothing was written") in err. */
CG_EXPORT cg_status cg_graph_save(const cg_graph *g, cg_output format, const char *path, cg_error *err);

/** Writes several outputs of one graph (`formats[i]` to `paths[i]`, n from 1
 *  to 8) as one: every file is written completely to its temporary file,
 *  then devices, FIFOs and standard output are written, then the files are
 *  renamed into place one after the other with SIGINT, SIGTERM and SIGHUP
 *  held.  When a rename fails the files already renamed are put back (from
 *  hard links made just before), so the previous set stays whole; where
 *  that is impossible (no hard links on the file system, or putting back
 *  failed too) the message says which file is new and which is old.  Each
 *  path is treated as cg_graph_save treats it.  Errors: CG_ERR_USAGE (not
 *  finished, n out of range, two paths naming one file), CG_ERR_IO as for
 *  cg_graph_save. */
CG_EXPORT cg_status cg_graph_save_set(const cg_graph *g, const cg_output *formats, const char *const *paths,
                            size_t n, cg_error *err);

/** Whether citegraph reads the language `code` ("zh", "en", ...: ISO
 *  639-1), so that labels and filters can be given in it.  NULL is not. */
CG_EXPORT int cg_language_known(const char *code);

/** The codes of the languages citegraph reads, in the order of its
 *  `languages` lists, separated by spaces ("zh en ...").  Static storage:
 *  do not free.  No errors. */
CG_EXPORT const char *cg_languages(void);

/** Gives every node the label `language` ("zh", "en", ...: a language
 *  citegraph reads) has for it: its registry entry's title in that
 *  language (`reg`: the registry the graph was built with; NULL: the
 *  built-in one is not consulted), an article's from its instrument's, a
 *  resolution's in the language's format, a letter's from its date and
 *  senders ("Letter dated 2 November 2020 from Azerbaijan").  A node the
 *  language gives no label keeps its own.  A label wider than 60 columns
 *  is cut at a word with "…", the whole of it kept in the node's `title`
 *  (a letter's title is the one it was written with).  Call it on a finished
 *  or loaded graph, before writing.  Errors: CG_ERR_USAGE (an unknown
 *  language, with the ones allowed in the message; a graph not finished). */
CG_EXPORT cg_status cg_graph_relabel(cg_graph *g, const cg_registry *reg, const char *language,
                                     cg_error *err);

/** Options of the HTML report (docs/report.md); zero-initialise, then set
 *  what you need. */
typedef struct cg_report_options {
    const char *language;    /**< labels in this language ("zh", "en"; a node without a label in
                                  it keeps its own); NULL: each node's own label (the language of
                                  the letter that cited it first) */
    const char *title;       /**< the page's title; NULL: "Citation graph" */
    const cg_registry *reg;  /**< labels in every language for the search and the chosen
                                  language; NULL: the graph's labels alone */
    size_t top;              /**< rows of the most-cited table; 0: 100 */
} cg_report_options;

/** Writes the graph as one self-contained HTML page (docs/report.md): the
 *  interactive graph (sigma.js and graphology, inlined), laid out here
 *  ahead (ForceAtlas-like forces from igraph's Fruchterman-Reingold, with
 *  a fixed seed: the same bytes for the same graph), nodes coloured by
 *  kind and sized by PageRank; search, the citations of a node with their
 *  sentences, a timeline, filters, the most-cited table and the replies
 *  between letters.  Nothing in the page loads from the network.  `opts`
 *  may be NULL (the defaults).  Errors: CG_ERR_USAGE when the graph is not
 *  finished or opts->language is not a language citegraph reads,
 *  CG_ERR_GRAPH (the layout), CG_ERR_IO. */
CG_EXPORT cg_status cg_graph_write_report(const cg_graph *g, const cg_report_options *opts, FILE *fp,
                                          cg_error *err);

/** cg_graph_write_report to `path`, written as cg_graph_save writes
 *  (temporary file and rename for a file; devices, FIFOs and "-" written
 *  through).  Errors: as cg_graph_write_report and cg_graph_save. */
CG_EXPORT cg_status cg_graph_save_report(const cg_graph *g, const cg_report_options *opts,
                                         const char *path, cg_error *err);

/** Checks, before any work is done, that cg_graph_save could write `path`:
 *  "-" is always accepted; otherwise the path, its symbolic links followed,
 *  must name a regular file, a character device, a FIFO or a socket that
 *  this process may write, or a new name in an existing folder; a file's
 *  folder must take new files (the temporary file), and a new name must not
 *  be longer than the file system allows.  A FIFO's reader is not looked
 *  for (it may start later).  Writes nothing.  Errors: CG_ERR_IO with the
 *  path and what is wrong, and the fix ("folder nodir does not exist:
 *  create it first (mkdir -p nodir)"); CG_ERR_USAGE for an empty name. */
CG_EXPORT cg_status cg_output_check(const char *path, cg_error *err);

/** Removes the temporary files of the saves in progress.  Async-signal-safe
 *  (a fixed table, unlink only): call it from a handler of SIGINT, SIGTERM
 *  or SIGHUP, or at exit, before the process ends in the middle of a save;
 *  the previous outputs are then left as they were.  Never fails. */
CG_EXPORT void cg_save_remove_temp_files(void);

/** Reads a GraphML file written by citegraph (or any GraphML whose nodes
 *  carry `name` and `kind`) with libxml2, without network access.  The
 *  caller owns *out; the graph is finished.  Errors: CG_ERR_IO,
 *  CG_ERR_FORMAT (with line) when the file is not such a graph. */
/** Reads a GraphML file written by citegraph (written again, it gives the
 *  same bytes), or a directed GraphML of another tool whose nodes carry
 *  `kind` (docs/graphml.md: `name` defaults to the node id, missing
 *  measures are computed again), with libxml2: streamed, no network, no
 *  DTD, no declared entity.  The path must be a regular file (a FIFO or a
 *  device is refused without blocking).  Every value is checked (numbers
 *  with their range).  The caller owns *out; the graph is finished.
 *  Errors: CG_ERR_IO when the file cannot be opened, CG_ERR_FORMAT with the
 *  line and column of the problem and a message in plain words. */
CG_EXPORT cg_status cg_graph_load_graphml(cg_graph **out, const char *path, cg_error *err);

/** Releases a graph; NULL is allowed. */
CG_EXPORT void cg_graph_free(cg_graph *g);

/* ------------------------------------------------------------------ */
/* Reading a graph                                                     */
/* ------------------------------------------------------------------ */

/** A read-only view of a node; strings are NULL when unknown and stay
 *  valid as long as the graph. */
typedef struct cg_node_view {
    const char *name, *label;
    cg_kind kind;
    const char *date, *sender, *symbols, *file, *languages, *title, *parent;
    long session, sc_year;
    int in_corpus;
    long in_degree, mentions, community;
    double pagerank, hub, authority;
    double betweenness; /**< NaN when the graph has none (cg_graph_has_betweenness) */
    const char *first_cited, *last_cited, *cited_by;
} cg_node_view;

/** A read-only view of an edge. */
typedef struct cg_edge_view {
    size_t from, to;   /**< node indices */
    int part_of;       /**< 1 for article -> instrument, 0 for a citation */
    long weight;
    const char *text, *sentence, *locations;
    int anachronism;
} cg_edge_view;

#define CG_NONE ((size_t)-1)

/** The index of the node with canonical identifier `id` (or with `id`
 *  among its symbols; a letter also answers to letter:DATE:ISO3), or
 *  CG_NONE.  Nodes are sorted by identifier. */
CG_EXPORT size_t cg_graph_find(const cg_graph *g, const char *id);

/** Fills *out with node i (0 <= i < cg_graph_node_count); returns 0, or -1
 *  when i is out of range. */
CG_EXPORT int cg_graph_node_view(const cg_graph *g, size_t i, cg_node_view *out);

/** Fills *out with edge i; returns 0, or -1 when out of range. */
CG_EXPORT int cg_graph_edge_view(const cg_graph *g, size_t i, cg_edge_view *out);

/** Up to `max` identifiers closest to `id` (by edit distance, ASCII case
 *  folded), for "did you mean"; returns how many were written to out. */
CG_EXPORT size_t cg_graph_suggest(const cg_graph *g, const char *id, const char **out, size_t max);

/** The citations of node `target` (edge indices into *out, owned by the
 *  caller, free()), sorted by the citing letter's date then identifier.
 *  With `rollup`, citations of its articles count too.  Returns the
 *  count. */
CG_EXPORT size_t cg_graph_citations_of(const cg_graph *g, size_t target, int rollup, size_t **out);

/** The outgoing edges of node `from` (citations first, by target
 *  identifier); returns the count, *out owned by the caller. */
CG_EXPORT size_t cg_graph_references_of(const cg_graph *g, size_t from, size_t **out);

/** Shortest paths from a to b, following citations (directed); when there
 *  is none and `undirected_fallback` is set, paths ignoring direction.
 *  *paths gets `*npaths` arrays of node indices, their lengths in *lens
 *  (free each path, then both arrays).  *undirected tells which kind was
 *  found.  Errors: CG_ERR_GRAPH. */
CG_EXPORT cg_status cg_graph_paths(const cg_graph *g, size_t a, size_t b, int undirected_fallback,
                         size_t ***paths, size_t **lens, size_t *npaths, int *undirected,
                         cg_error *err);

/** One row of cg_graph_related. */
typedef struct cg_related {
    size_t node;        /**< the related node */
    long together;      /**< letters citing both (co-citation), or references shared */
    char *shared;       /**< the letters (co-citation) or references (coupling), space-separated */
} cg_related;

/** For a cited node: the nodes most often cited in the same letters
 *  (co-citation), articles rolled up.  For a letter: the letters sharing
 *  the most references with it (bibliographic coupling).  Sorted by count,
 *  then identifier; at most `limit` rows (0: all).  Returns the count;
 *  *out owned by the caller (cg_related_free). */
CG_EXPORT size_t cg_graph_related(const cg_graph *g, size_t node, size_t limit, cg_related **out);
CG_EXPORT void cg_related_free(cg_related *rows, size_t n);

/* ------------------------------------------------------------------ */
/* Filters: which letters and citations a query or an export uses      */
/* ------------------------------------------------------------------ */

/** The bit of a kind in cg_filter.kinds. */
#define CG_KIND_BIT(kind) (1u << (unsigned)(kind))

/** Which citations count, shared by every query and export
 *  (docs/cli.md, "Filters").  Zero-initialise, then set what you need:
 *  a field left NULL or 0 lets everything through.  A citation passes when
 *  the letter making it passes every letter field (a letter without a
 *  date fails `since` and `until`, one without a sender fails `senders`)
 *  and its target is of a kind in `kinds`; an article passes for
 *  CG_KIND_INSTRUMENT as well as for CG_KIND_ARTICLE, since it counts for
 *  its instrument.  CG_KIND_LETTER keeps the citations of letters (the
 *  replies).  Strings are the caller's and must outlive the use. */
typedef struct cg_filter {
    const char *since;     /**< letters dated on or after: "YYYY", "YYYY-MM" or "YYYY-MM-DD" */
    const char *until;     /**< letters dated on or before; a year or a month includes all its days */
    const char *senders;   /**< ISO 3166-1 alpha-3 codes, space-separated: letters from any of them
                                (a joint letter passes when one of its senders is there) */
    const char *languages; /**< language codes ("zh en"): letters with a version in one of them */
    unsigned kinds;        /**< CG_KIND_BIT()s of the kinds of cited nodes kept; 0: every kind */
} cg_filter;

/** The languages a filter accepts, space-separated: the six official
 *  languages of the United Nations, "zh en fr es ru ar".  Static. */
CG_EXPORT const char *cg_filter_languages(void);

/** Checks a filter before it is used: dates are YYYY, YYYY-MM or
 *  YYYY-MM-DD and real days of the calendar (2023-02-29 is not), `since`
 *  is not after `until`, every sender is the ISO 3166-1 alpha-3 code (upper
 *  case) of a UN Member or observer State, every language is one of
 *  cg_filter_languages(), `kinds` holds only cg_kind bits.  Errors:
 *  CG_ERR_USAGE with a message naming the value and what is allowed
 *  ("date '2022-13': there is no month 13: give YYYY, YYYY-MM or
 *  YYYY-MM-DD"). */
CG_EXPORT cg_status cg_filter_check(const cg_filter *f, cg_error *err);

/** 1 when the filter lets everything through (NULL included), else 0. */
CG_EXPORT int cg_filter_is_empty(const cg_filter *f);

/** 1 when node i is a letter that passes the letter fields of the filter
 *  (date, senders, languages), else 0. */
CG_EXPORT int cg_graph_letter_passes(const cg_graph *g, const cg_filter *f, size_t i);

/** 1 when edge i is a citation that passes the filter, else 0 (`part-of`
 *  edges are not citations: 0). */
CG_EXPORT int cg_graph_citation_passes(const cg_graph *g, const cg_filter *f, size_t i);

/** The part of a finished graph a filter selects, as a new finished graph
 *  with its measures computed again: the citations that pass, the nodes
 *  they link, the instruments of the articles kept (with their `part-of`
 *  edges) and, when `kinds` is 0, every letter of the corpus that passes
 *  even if it cites nothing.  Nodes and edges keep their order and their
 *  attributes.  An empty filter gives a copy.  The caller owns *out
 *  (cg_graph_free).  Errors: CG_ERR_USAGE (the graph is not finished, or
 *  cg_filter_check fails), CG_ERR_GRAPH. */
CG_EXPORT cg_status cg_graph_filter(cg_graph **out, const cg_graph *g, const cg_filter *f, cg_error *err);

/* ------------------------------------------------------------------ */
/* Finding nodes in the words of the letters                           */
/* ------------------------------------------------------------------ */

/** Nodes whose identifier, symbols, label or title (and, with a registry,
 *  the labels of their registry entry in every language) hold every word
 *  of `words`.  Words are separated by white space, compared with case
 *  and accents folded (Latin, Greek, Cyrillic) and match at the start of a
 *  word ("res" matches "resolution", not "press"); text in a script written
 *  without spaces (Chinese, Japanese) matches as a substring.  Sorted by
 *  in-degree (most cited first), then identifier.  Returns the count; *out
 *  is the caller's (free(), also when the count is 0).  `reg` may be
 *  NULL. */
CG_EXPORT size_t cg_graph_search(size_t **out, const cg_graph *g, const cg_registry *reg, const char *words);

/** How cg_graph_resolve found a node. */
typedef enum cg_match {
    CG_MATCH_NONE = 0,  /**< nothing found */
    CG_MATCH_ID,        /**< the identifier, one of the symbols, or letter:DATE:ISO3 */
    CG_MATCH_FOLDED,    /**< the identifier up to case and white space ("s/res/822 (1993)") */
    CG_MATCH_REFERENCE, /**< the text read as the scanner reads a letter ("resolution 822
                             (1993)", "UN Charter", "联合国宪章") */
    CG_MATCH_WORDS,     /**< the only node (or an instrument with its articles) whose words
                             hold the text (cg_graph_search) */
    CG_MATCH_AMBIGUOUS  /**< several nodes hold the words and none was chosen */
} cg_match;

/** The node a user means by `text`, trying in turn: the exact identifier,
 *  the identifier up to case and spacing, the references the scanner finds
 *  in the text (with `reg`: the first that is a node of the graph), the
 *  words (cg_graph_search: one node, or one instrument and its articles).
 *  Returns the node's index, or CG_NONE; *how (may be NULL) says which
 *  rule matched.  When the scanner recognises a reference that is not in
 *  the graph, *reference (may be NULL) gets its identifier (the caller's:
 *  free()), else NULL.  `reg` may be NULL (no scanning, no registry
 *  labels). */
CG_EXPORT size_t cg_graph_resolve(cg_match *how, char **reference, const cg_graph *g, const cg_registry *reg,
                        const char *text);

/* ------------------------------------------------------------------ */
/* Queries                                                             */
/* ------------------------------------------------------------------ */

/** One row of the most-cited ranking. */
typedef struct cg_top_row {
    const char *id;      /**< canonical id of the instrument / document */
    const char *label;
    cg_kind kind;
    long letters;        /**< citing letters (articles rolled up unless asked) */
    long mentions;       /**< sum of edge weights */
    double pagerank;
    const char *senders; /**< "ARM 3 · AZE 2": who cites it, most first */
    int contested;       /**< cited by letters of more than one sender */
} cg_top_row;

typedef struct cg_top cg_top;

/** What cg_graph_top ranks by; ties go to citing letters, then mentions,
 *  then PageRank, then identifier. */
typedef enum cg_rank_by {
    CG_RANK_LETTERS = 0, /**< citing letters */
    CG_RANK_MENTIONS,    /**< mentions (the sum of the citations' weights) */
    CG_RANK_PAGERANK     /**< PageRank in the whole graph */
} cg_rank_by;

/** Options of cg_graph_top; zero-initialise, then set what you need. */
typedef struct cg_top_options {
    size_t limit;          /**< rows at most; 0 means all */
    int articles;          /**< 1: rank articles themselves, not rolled up */
    int include_urls;      /**< 1: web references take part (so do they when filter.kinds has
                                CG_KIND_URL) */
    cg_filter filter;      /**< which citations count; filter.kinds also says which kinds are
                                ranked (letters only when it holds CG_KIND_LETTER: the letters
                                of the corpus ranked by the letters citing them) */
    cg_rank_by by;         /**< what the ranking is by */
} cg_top_options;

/** Ranks the cited nodes by opts->by (not letters, unless opts->filter
 *  asks for them).  Articles count for their instrument unless
 *  opts->articles.  The caller owns *out (cg_top_free).  Errors:
 *  CG_ERR_USAGE when the graph is not finished or cg_filter_check fails. */
CG_EXPORT cg_status cg_graph_top(cg_top **out, const cg_graph *g, const cg_top_options *opts,
                       cg_error *err);

/** Number of rows and the i-th row (NULL when out of range). */
CG_EXPORT size_t cg_top_count(const cg_top *t);
CG_EXPORT const cg_top_row *cg_top_row_at(const cg_top *t, size_t i);

/** Releases a ranking; NULL is allowed. */
CG_EXPORT void cg_top_free(cg_top *t);

/* ------------------------------------------------------------------ */
/* Library set-up                                                      */
/* ------------------------------------------------------------------ */

/** Installs igraph's non-aborting error handler and silences its warnings
 *  so that every igraph failure comes back as CG_ERR_GRAPH.  Call once at
 *  start-up; cg_graph_new calls it too.  Never fails. */
CG_EXPORT void cg_init(void);

#ifdef __cplusplus
}
#endif
#endif /* CITEGRAPH_H */
