#!/usr/bin/env python3
"""Replace each __KPI_COLOUR_NAME__ in a text file by the palette's colour NAME as #rrggbb
(NAME upper-case with _ for -, e.g. __KPI_COLOUR_ACCENT_SOFT__ = accent-soft). An unknown name
stops the build. For the page's theme-color and the web app manifest's colours.
Usage: fill-colours.py PALETTE_JSON IN OUT"""
import json, re, sys
palette_path, src, out = sys.argv[1:4]
palette = json.load(open(palette_path, encoding="utf-8"))


def hex_of(m):
    name = m.group(1).lower().replace("_", "-")
    if name not in palette:
        sys.exit(f"fill-colours: {src}: no palette colour {name!r} (src/core/palette.h)")
    return "#%02x%02x%02x" % tuple(palette[name][:3])


text = re.sub(r"__KPI_COLOUR_([A-Z_]+?)__", hex_of, open(src, encoding="utf-8").read())
with open(out, "w", encoding="utf-8") as f:
    f.write(text)
