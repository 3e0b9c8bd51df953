#!/usr/bin/env python3
"""Draw the site's images with the standard library only (zlib), in the viewer's colours:
  og-image.png          1200x630 link preview (Open Graph / Twitter card): a plan-vs-actual chart
  icon-192.png, icon-512.png, icon-maskable-512.png   app icons for the web app manifest
The colours come from PALETTE_JSON, written by `kpi-tool palette --json` from src/core/palette.h
(no colour is written here: tests/source/test_palette.cpp).
Usage: make-images.py PALETTE_JSON SITE_DIR"""
import json
import os
import struct
import sys
import zlib

palette_path, site = sys.argv[1], sys.argv[2]
with open(palette_path, encoding="utf-8") as f:
    PALETTE = json.load(f)


def colour(name):
    """The palette's colour NAME as (r, g, b); the images are opaque."""
    return tuple(PALETTE[name][:3])


ACCENT = colour("accent")
ON_ACCENT = colour("on-accent")
CARD = colour("card")
GRID = colour("grid")
AXIS = colour("muted")
PLAN = colour("plan")
PLAN_EDGE = colour("plan-edge")
ACTUAL = colour("actual")
MET = colour("met")
NOT_MET = colour("not-met")
NO_ACTUAL = colour("no-actual")


class Canvas:
    def __init__(self, w, h, bg):
        self.w, self.h = w, h
        self.px = [list(bg) * w for _ in range(h)]

    def rect(self, x0, y0, x1, y1, c):
        x0, y0, x1, y1 = (int(round(v)) for v in (x0, y0, x1, y1))
        for y in range(max(0, y0), min(self.h, y1)):
            row = self.px[y]
            for x in range(max(0, x0), min(self.w, x1)):
                row[3 * x:3 * x + 3] = c

    def png(self, path):
        raw = b"".join(b"\x00" + bytes(row) for row in self.px)

        def chunk(tag, data):
            return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

        with open(path, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", self.w, self.h, 8, 2, 0, 0, 0))
                    + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def og_image(path):
    c = Canvas(1200, 630, ACCENT)
    c.rect(80, 80, 1120, 550, CARD)
    for i in range(5):
        y = 470 - i * 80
        c.rect(140, y, 1060, y + 2, GRID)
    c.rect(140, 470, 1060, 473, AXIS)
    groups = [(0.4, 0.2), (0.9, 1.1), (0.9, 1.6), (2.3, 0.43), (3.1, None)]  # plan, actual (x 100 px)
    for g, (plan, actual) in enumerate(groups):
        cx = 230 + g * 180
        top = 470 - plan * 100
        c.rect(cx - 60, top, cx - 4, 470, PLAN_EDGE)
        c.rect(cx - 57, top + 3, cx - 7, 470, PLAN)
        if actual is not None:
            c.rect(cx + 4, 470 - actual * 100, cx + 60, 470, ACTUAL)
        else:  # a missing value is a gap, never a zero bar
            for x in range(cx + 4, cx + 60, 12):
                c.rect(x, 466, x + 6, 469, NO_ACTUAL)
    for i, col in enumerate([MET, MET, NOT_MET, NOT_MET, NOT_MET, NO_ACTUAL]):
        c.rect(140 + i * 153, 500, 140 + (i + 1) * 153 - 6, 516, col)
    c.png(path)


def icon(path, size, safe):
    """Two plan/actual bar pairs on the accent colour; `safe` = fraction kept clear for maskable."""
    c = Canvas(size, size, ACCENT)
    m = size * safe
    inner = size - 2 * m
    base = m + inner * 0.85
    bw = inner * 0.16
    for i, (plan, actual) in enumerate([(0.45, 0.30), (0.60, 0.72)]):
        x = m + inner * (0.12 + i * 0.44)
        c.rect(x, base - inner * plan, x + bw, base, PLAN)
        c.rect(x + bw + inner * 0.03, base - inner * actual, x + 2 * bw + inner * 0.03, base, ON_ACCENT)
    c.rect(m + inner * 0.06, base, m + inner * 0.94, base + max(2, size // 64), ON_ACCENT)
    c.png(path)


os.makedirs(site, exist_ok=True)
og_image(os.path.join(site, "og-image.png"))
icon(os.path.join(site, "icon-192.png"), 192, 0.12)
icon(os.path.join(site, "icon-512.png"), 512, 0.12)
icon(os.path.join(site, "icon-maskable-512.png"), 512, 0.22)
