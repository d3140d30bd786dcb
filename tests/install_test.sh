#!/usr/bin/env bash
# make install into a DESTDIR, as a packager runs it: the program, the man
# page, the completions of bash, zsh and fish, the library and its header,
# citegraph.pc and the CMake package; then a small C program is built against
# the installed library through pkg-config (and through CMake) and run.
# usage: install_test.sh BUILD_DIR PREFIX "EXTRA_CFLAGS"   (from the project folder)
build=$1 prefix=$2 extra=${3:-}
. "$(dirname "$0")/harness.sh"
root=$tmp/root
p=$root$prefix

DESTDIR=$root cmake --install "$build" >"$tmp/install.log" 2>&1 && ok || { no "cmake --install"; cat "$tmp/install.log"; }
for f in bin/citegraph share/man/man1/citegraph.1 share/bash-completion/completions/citegraph \
  share/zsh/site-functions/_citegraph share/fish/vendor_completions.d/citegraph.fish \
  include/citegraph.h lib/pkgconfig/citegraph.pc lib/cmake/citegraph/citegraphConfig.cmake \
  lib/cmake/citegraph/citegraphConfigVersion.cmake lib/cmake/citegraph/citegraphTargets.cmake; do
  [ -s "$p/$f" ] && ok || no "installed: $prefix/$f"
done
lib=$(ls "$p"/lib*/libcitegraph.a "$p"/lib/*/libcitegraph.a 2>/dev/null | head -1)
[ -n "$lib" ] && ok || no "installed: libcitegraph.a"

# the installed program runs, and is the version the header says
want=$(sed -n 's/^#define CG_VERSION "\(.*\)"/\1/p' include/citegraph.h)
[ "$("$p/bin/citegraph" --version)" = "citegraph $want" ] && ok || no "installed citegraph --version"
"$p/bin/citegraph" top -g graphs/seeds.graphml -n 1 --json | grep -q '"instrument:un-charter"' && ok ||
  no "installed citegraph answers a query"

# the man page: well-formed roff, every command in it, the exit codes
if command -v groff >/dev/null; then
  groff -man -Tutf8 -ww -z "$p/share/man/man1/citegraph.1" 2>"$tmp/groff" && [ ! -s "$tmp/groff" ] && ok ||
    { no "man page has roff warnings"; head "$tmp/groff"; }
  groff -man -Tutf8 "$p/share/man/man1/citegraph.1" 2>/dev/null | sed 's/.\x08//g' >"$tmp/man.txt"
  for c in build scan find top trace path related stats export; do
    grep -q "citegraph $c" "$tmp/man.txt" && ok || no "man page: citegraph $c"
  done
  grep -q "EXIT STATUS" "$tmp/man.txt" && grep -q "129, 130, 143" "$tmp/man.txt" && ok || no "man page: exit codes"
  if command -v man >/dev/null; then
    MANPATH=$p/share/man man -P cat citegraph 2>/dev/null | grep -q "CITEGRAPH" && ok || no "man citegraph finds the page"
  fi
else
  echo "groff not found: man page checks skipped"
fi

# completions: bash for real, fish for real, zsh parsed
bash -c ". '$p/share/bash-completion/completions/citegraph'
COMP_WORDS=(citegraph bui); COMP_CWORD=1; _citegraph; [ \"\${COMPREPLY[*]}\" = build ] || exit 1
COMP_WORDS=(citegraph top --lim); COMP_CWORD=2; _citegraph; [ \"\${COMPREPLY[*]}\" = --limit ] || exit 2
COMP_WORDS=(citegraph trace --kind sc); COMP_CWORD=3; _citegraph; [ \"\${COMPREPLY[*]}\" = sc-resolution ] || exit 3" &&
  ok || no "bash completion (exit $?)"
if command -v fish >/dev/null; then
  fish -c "source '$p/share/fish/vendor_completions.d/citegraph.fish'; complete -C 'citegraph top --lim'" |
    grep -q '^--limit' && ok || no "fish completion of top --lim"
  fish -c "source '$p/share/fish/vendor_completions.d/citegraph.fish'; complete -C 'citegraph export --format '" |
    cut -f1 | sort | tr '\n' ' ' | grep -q '^csv dot gexf graphml json jsonl $' && ok || no "fish completion of export --format"
else
  echo "fish not found: its completion is not checked"
fi
if command -v zsh >/dev/null; then
  zsh -n "$p/share/zsh/site-functions/_citegraph" && ok || no "zsh completion does not parse"
  grep -q "^#compdef citegraph" "$p/share/zsh/site-functions/_citegraph" && ok || no "zsh completion: #compdef"
else
  echo "zsh not found: its completion is not checked"
fi

# a C program against the installed library, through pkg-config
cat >"$tmp/prog.c" <<'C'
#include <citegraph.h>
#include <stdio.h>
#include <string.h>
int main(void)
{
    static const char letter[] = "The Security Council, in its resolution 822 (1993), demanded the "
                                 "withdrawal of all occupying forces.\n";
    cg_registry *reg = NULL;
    cg_document *doc = NULL;
    cg_graph *g = NULL;
    cg_error err;
    if (cg_registry_new(&reg, &err) || cg_document_scan(&doc, reg, "a.txt", letter, strlen(letter), &err) ||
        cg_graph_new(&g, &err) || cg_graph_add(g, doc, &err) || cg_graph_finish(g, &err)) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    size_t ix = cg_graph_resolve(NULL, NULL, g, reg, "s/res/822 (1993)");
    printf("%s %zu %s\n", CG_VERSION, cg_graph_node_count(g), ix == CG_NONE ? "-" : "S/RES/822(1993)");
    cg_graph_free(g);
    cg_document_free(doc);
    cg_registry_free(reg);
    return 0;
}
C
export PKG_CONFIG_PATH=$(dirname "$(ls "$p"/lib*/pkgconfig/citegraph.pc "$p"/lib/*/pkgconfig/citegraph.pc 2>/dev/null | head -1)")
export PKG_CONFIG_SYSROOT_DIR=$root
flags=$(pkg-config --cflags --libs citegraph) && ok || no "pkg-config citegraph"
cc -std=c11 $extra "$tmp/prog.c" -o "$tmp/prog" $flags 2>"$tmp/cc" && ok || { no "cc against the installed library"; cat "$tmp/cc"; }
[ "$("$tmp/prog")" = "$want 2 S/RES/822(1993)" ] && ok || no "the program runs: $("$tmp/prog" 2>&1)"

# and through the CMake package
mkdir -p "$tmp/app"
cp "$tmp/prog.c" "$tmp/app/prog.c"
cat >"$tmp/app/CMakeLists.txt" <<CM
cmake_minimum_required(VERSION 3.18)
project(app C)
find_package(citegraph $want REQUIRED)
add_executable(prog prog.c)
target_compile_options(prog PRIVATE $extra)
target_link_options(prog PRIVATE $extra)
target_link_libraries(prog PRIVATE citegraph::citegraph)
CM
unset PKG_CONFIG_SYSROOT_DIR
cmake -S "$tmp/app" -B "$tmp/app/build" -DCMAKE_PREFIX_PATH="$p" >"$tmp/cmake.log" 2>&1 &&
  cmake --build "$tmp/app/build" >>"$tmp/cmake.log" 2>&1 && ok || { no "find_package(citegraph)"; tail -20 "$tmp/cmake.log"; }
[ "$("$tmp/app/build/prog" 2>&1)" = "$want 2 S/RES/822(1993)" ] && ok || no "the CMake-built program runs"

finish
