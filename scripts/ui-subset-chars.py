#!/usr/bin/env python3
# The characters of the first-frame font subset (fonts/ui-subset.ttf), sorted, on stdout.
# Usage: ui-subset-chars.py REPO_ROOT > CHARS
import glob, sys
root = sys.argv[1]
# Only what the first frame can show: ASCII, the strings table (src/core/strings.cpp, the viewer's
# and the document's words), what core can write (era names such as 平成 in format.cpp, the
# importer's and load hints' messages) and the bundled datasets.
# Anything else (typed text, another dataset) brings fonts/jis.ttf when a view needs it
# (app/loading.cpp). Not the character tables of search normalisation and line breaking: they
# match and break the texts that are drawn, and draw nothing of their own (their characters, mostly
# half-width kana, would cost 8 KB gzip).
text = set(chr(c) for c in range(0x20, 0x7F))
text |= set("—…・※①②③④⑤⑥⑦⑧⑨⑩←→●（）「」、。")
datasets = [p for p in glob.glob(root + "/data/*.json") if not p.endswith(".schema.json")]   # (the schema is not drawn)
tables = {"text_normalize.cpp", "line_break.cpp"}
core = [p for p in glob.glob(root + "/src/core/*.cpp") if p.rsplit("/", 1)[-1] not in tables]
for path in glob.glob(root + "/src/ui/*.cpp") + glob.glob(root + "/src/app/*.cpp") + core + datasets:
    with open(path, encoding="utf-8") as f:
        text |= set(f.read())
print("".join(sorted(c for c in text if c.isprintable() or c == " ")))
