#!/usr/bin/env python3
"""Draw the link-preview image (Open Graph / Twitter card): 1200x630 PNG of a stylised plan-vs-
actual bar chart in the viewer's colours. Pure standard library (zlib), no imaging package.
Usage: make-og-image.py OUT.png"""
import struct
import sys
import zlib

W, H = 1200, 630
ACCENT = (0x1F, 0x4E, 0x79)
CARD = (0xFF, 0xFF, 0xFF)
GRID = (0xE2, 0xE6, 0xEB)
PLAN = (0xA6, 0xC8, 0xE6)
PLAN_EDGE = (0x3A, 0x78, 0xB0)
ACTUAL = (0x00, 0x5A, 0x96)
MET = (0x00, 0x80, 0x5E)
NOT_MET = (0xC4, 0x52, 0x00)

px = [list(ACCENT) * W for _ in range(H)]


def rect(x0, y0, x1, y1, c):
    for y in range(max(0, y0), min(H, y1)):
        row = px[y]
        for x in range(max(0, x0), min(W, x1)):
            row[3 * x:3 * x + 3] = c


rect(80, 80, 1120, 550, CARD)
for i in range(5):                                  # grid lines
    y = 470 - i * 80
    rect(140, y, 1060, y + 2, GRID)
rect(140, 470, 1060, 473, (0x4F, 0x5B, 0x69))      # axis
groups = [(0.4, 0.2), (0.9, 1.1), (0.9, 1.6), (2.3, 0.43), (3.1, None)]  # plan, actual (x 100 px)
for g, (plan, actual) in enumerate(groups):
    cx = 230 + g * 180
    top = int(470 - plan * 100)
    rect(cx - 60, top, cx - 4, 470, PLAN_EDGE)
    rect(cx - 57, top + 3, cx - 7, 470, PLAN)
    if actual is not None:
        rect(cx + 4, int(470 - actual * 100), cx + 60, 470, ACTUAL)
    else:                                           # a missing value is a gap, never a zero bar
        for x in range(cx + 4, cx + 60, 12):
            rect(x, 466, x + 6, 469, (0x6B, 0x72, 0x80))
strip = [MET, MET, NOT_MET, NOT_MET, NOT_MET, (0x6B, 0x72, 0x80)]
for i, c in enumerate(strip):                       # status strip, as on the project cards
    rect(140 + i * 153, 500, 140 + (i + 1) * 153 - 6, 516, c)

raw = b"".join(b"\x00" + bytes(row) for row in px)
def chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
with open(sys.argv[1], "wb") as f:
    f.write(png)
