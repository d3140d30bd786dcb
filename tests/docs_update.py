#!/usr/bin/env python3
"""Rewrites the outputs of the ```console blocks of a docs/ page from what
the binary prints now, as tests/cookbook_test.sh runs them (one fresh
folder, `tests` and `graphs` linked in, COLUMNS=80, NO_COLOR=1; a command
ending in "# exit N" shows standard output and error together).

usage: python3 tests/docs_update.py PATH/TO/citegraph docs/PAGE.md...
(from the project folder).  Review the diff before committing it."""
import os
import re
import subprocess
import sys
import tempfile


def update(cg, page, project):
    with tempfile.TemporaryDirectory() as tmp:
        work, bindir = os.path.join(tmp, "work"), os.path.join(tmp, "bin")
        os.makedirs(work)
        os.makedirs(bindir)
        os.symlink(os.path.abspath(cg), os.path.join(bindir, "citegraph"))
        for d in ("tests", "graphs"):
            os.symlink(os.path.join(project, d), os.path.join(work, d))
        env = dict(os.environ, PATH=bindir + ":" + os.environ["PATH"], COLUMNS="80", NO_COLOR="1")
        out, inside = [], False
        lines = open(page, encoding="utf-8").read().split("\n")
        k = 0
        while k < len(lines):
            line = lines[k]
            if not inside:
                out.append(line)
                inside = line == "```console"
                k += 1
                continue
            if line == "```":
                out.append(line)
                inside = False
                k += 1
                continue
            if line.startswith("$ "):
                cmd = line[2:]
                out.append(line)
                merged = re.search(r"# exit ([0-9]+)$", cmd) is not None
                r = subprocess.run(["bash", "-c", cmd], cwd=work, env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT if merged else subprocess.PIPE)
                text = r.stdout.decode("utf-8", "replace")
                if text.endswith("\n"):
                    text = text[:-1]
                if text:
                    out.extend(text.split("\n"))
                k += 1
                while k < len(lines) and lines[k] != "```" and not lines[k].startswith("$ "):
                    k += 1
                continue
            k += 1
        open(page, "w", encoding="utf-8").write("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    for p in sys.argv[2:]:
        update(sys.argv[1], p, os.getcwd())
