#!/usr/bin/env python3
# The characters of the full font (fonts/jis.ttf): ASCII, JIS X 0208 levels 1 and 2, half- and
# full-width forms, sorted, on stdout.
# Usage: jis-chars.py > CHARS   (moved verbatim from scripts/make-site.sh)
out = set(chr(c) for c in range(0x20, 0x7F))
for row in range(0x21, 0x75):
    for cell in range(0x21, 0x7F):
        try:
            out.add(bytes([0x80 | row, 0x80 | cell]).decode("euc_jp"))
        except UnicodeDecodeError:
            pass
out |= set(chr(c) for c in range(0xFF01, 0xFF9F)) | set("①②③④⑤⑥⑦⑧⑨⑩—")
print("".join(sorted(out)))
