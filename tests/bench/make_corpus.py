#!/usr/bin/env python3
"""Writes a corpus of COPIES x the five seed letters (tests/corpus/seeds),
each copy a distinct letter: its own date (year, month and day of the first
date of its header) and its own symbols, as tests/bench/bench.sh makes them,
in folders of 1,000 copies.  Deterministic: the same arguments give the same
files.   make_corpus.py COPIES DIR [FIRST]   (FIRST: the number of the first copy)"""
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
seeds_dir = os.path.join(here, "..", "corpus", "seeds")
copies, out = int(sys.argv[1]), sys.argv[2]
first = int(sys.argv[3]) if len(sys.argv) > 3 else 0
seeds = []
for name in sorted(os.listdir(seeds_dir)):
    with open(os.path.join(seeds_dir, name), encoding="utf-8") as f:
        seeds.append((name, f.read()))
date = re.compile(r"20[0-9][0-9] 年 [0-9]+ 月 [0-9]+ 日")
for i in range(first, first + copies):
    y, m, d = 1950 + i % 150, 1 + (i // 150) % 12, 1 + (i // 1800) % 28
    folder = os.path.join(out, "%03d" % (i // 1000))
    os.makedirs(folder, exist_ok=True)
    for name, text in seeds:
        t = date.sub("%d 年 %d 月 %d 日" % (y, m, d), text, count=1)
        t = t.replace("A/75/379", "A/75/%d" % (1000 + i)).replace("S/2020/965", "S/2020/%d" % (3000 + i))
        with open(os.path.join(folder, "%06d_%s" % (i, name)), "w", encoding="utf-8") as f:
            f.write(t)
