/* output.c: one entry point for every writer, and the atomic save (a
 * temporary file in the target folder, renamed into place). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "attrs.h"
#include "writers.h"

int cg_output_parse(cg_output *out, const char *name)
{
    static const struct {
        const char *name;
        cg_output f;
    } tab[] = {{"graphml", CG_OUTPUT_GRAPHML}, {"gexf", CG_OUTPUT_GEXF},
               {"gexf-1.3", CG_OUTPUT_GEXF},   {"gexf-1.2", CG_OUTPUT_GEXF_1_2},
               {"json", CG_OUTPUT_JSON},       {"jsonl", CG_OUTPUT_JSONL},
               {"dot", CG_OUTPUT_DOT}};
    for (size_t k = 0; k < sizeof tab / sizeof tab[0]; k++)
        if (strcmp(name, tab[k].name) == 0) {
            *out = tab[k].f;
            return 0;
        }
    return -1;
}

cg_status cg_graph_write(const cg_graph *g, cg_output format, FILE *fp, cg_error *err)
{
    if (!g->finished) {
        cg_error_set(err, NULL, 0, 0, "graph not finished");
        return CG_ERR_USAGE;
    }
    switch (format) {
    case CG_OUTPUT_GRAPHML: return cg_graph_write_graphml(g, fp, err);
    case CG_OUTPUT_GEXF: return cg_write_gexf(g, fp, 0, err);
    case CG_OUTPUT_GEXF_1_2: return cg_write_gexf(g, fp, 1, err);
    case CG_OUTPUT_JSON: return cg_write_json(g, fp, err);
    case CG_OUTPUT_JSONL: return cg_write_jsonl(g, fp, err);
    case CG_OUTPUT_CSV_NODES: return cg_write_csv(g, fp, 0, err);
    case CG_OUTPUT_CSV_EDGES: return cg_write_csv(g, fp, 1, err);
    case CG_OUTPUT_DOT: return cg_write_dot(g, fp, err);
    }
    cg_error_set(err, NULL, 0, 0, "unknown output format");
    return CG_ERR_USAGE;
}

cg_status cg_graph_save(const cg_graph *g, cg_output format, const char *path, cg_error *err)
{
    if (strcmp(path, "-") == 0) {
        cg_status st = cg_graph_write(g, format, stdout, err);
        if (st == CG_OK && (fflush(stdout) != 0 || ferror(stdout))) {
            cg_error_set(err, "-", 0, 0, "cannot write to standard output: %s", strerror(errno));
            st = CG_ERR_IO;
        }
        return st;
    }
    struct stat sb;
    if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        cg_error_set(err, path, 0, 0, "is a folder: give a file name to write to");
        return CG_ERR_IO;
    }
    char *tmp = cg_xsprintf("%s.tmp.XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        cg_error_set(err, path, 0, 0, "cannot create a temporary file next to it: %s", strerror(errno));
        free(tmp);
        return CG_ERR_IO;
    }
    /* the permissions a new file would get, not mkstemp's 0600 */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    FILE *fp = fdopen(fd, "w");
    if (!fp) {
        int e = errno;
        close(fd);
        unlink(tmp);
        free(tmp);
        cg_error_set(err, path, 0, 0, "cannot write: %s", strerror(e));
        return CG_ERR_IO;
    }
    cg_status st = cg_graph_write(g, format, fp, err);
    int saved = errno;
    if (st == CG_OK && (fflush(fp) != 0 || ferror(fp))) {
        saved = errno;
        st = CG_ERR_IO;
    }
    if (st == CG_OK && fsync(fileno(fp)) != 0 && errno != EINVAL) {
        saved = errno;
        st = CG_ERR_IO;
    }
    if (fclose(fp) != 0 && st == CG_OK) {
        saved = errno;
        st = CG_ERR_IO;
    }
    if (st == CG_OK && rename(tmp, path) != 0) {
        saved = errno;
        st = CG_ERR_IO;
    }
    if (st != CG_OK) {
        unlink(tmp);
        if (st == CG_ERR_IO)
            cg_error_set(err, path, 0, 0, "cannot write (the previous file is left intact): %s",
                         strerror(saved));
    }
    free(tmp);
    return st;
}
