#!/usr/bin/env bash
# Assemble the deployable static site: build/site/{index.html, glue.js, web_backend.js, print.js, style.css, document.css, kpi_viewer.js,
# kpi_viewer.wasm, data/*.json, data/*.html (report pages), fonts/*.ttf, manifest.webmanifest, icons, og-image.png, sw.js}. Fonts are cut from Debian's BIZ UDPGothic here:
#   fonts/ui-subset.ttf  every character of the UI strings and the bundled datasets, ASCII and kana
#                        (what the first frame needs; small)
#   fonts/jis.ttf        all of JIS X 0208 (levels 1 and 2), fetched after the first frame so typed
#                        text and other datasets render
# index.html gets the default dataset's name and title (placeholders __KPI_DATASET__, __KPI_TITLE__).
# The page's theme-color and the manifest's colours are the palette's too (__KPI_COLOUR_NAME__, fill-colours.py).
# Each Python step is a script of its own in scripts/: fill-index-html.py (the page), ui-subset-chars.py
# and jis-chars.py (the two fonts' characters), make-images.py (icons, link preview).
# Colours come from src/core/palette.h through kpi-tool: style.css = `kpi-tool palette --css` (the
# :root custom properties) + web/style.css; the images are drawn from `kpi-tool palette --json`
# (.palette.json) and drawn again whenever it or scripts/make-images.py changes (.images-key).
# Usage: scripts/make-site.sh BUILD_WEB_DIR SITE_DIR [DEFAULT_DATASET]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
web=${1:-$here/build/web}
site=${2:-$here/build/site}
dataset=${3:-sapporo}
font_src=/usr/share/fonts/truetype/bizud-gothic/BIZUDPGothic-Regular.ttf
[ -f "$font_src" ] || { echo "missing $font_src: run scripts/setup.sh" >&2; exit 1; }
[ -f "$web/kpi_viewer.wasm" ] || { echo "missing $web/kpi_viewer.wasm: build the web target first" >&2; exit 1; }

kpi_tool=${KPI_TOOL:-$here/build/native/kpi-tool}
[ -x "$kpi_tool" ] || { echo "missing $kpi_tool: run make tools" >&2; exit 1; }

mkdir -p "$site/data" "$site/fonts"
cp "$web/kpi_viewer.js" "$web/kpi_viewer.wasm" "$site/"
cp "$here/web/glue.js" "$here/web/web_backend.js" "$here/web/print.js" "$site/"
# The palette for what is not C++ (written every time: kpi-tool is rebuilt when palette.h changes).
"$kpi_tool" palette --json > "$site/.palette.json"
{ "$kpi_tool" palette --css; cat "$here/web/style.css"; } > "$site/style.css"
# Print and the page without WebGL show the document renderer's HTML (core/document.h); the page's
# CSP allows no inline <style>, so its stylesheet is a file: the document's rules, then web/print.css.
{ "$kpi_tool" document-css; cat "$here/web/print.css"; } > "$site/document.css"
[ -f "$here/data/$dataset.json" ] || { echo "missing data/$dataset.json (the default dataset)" >&2; exit 1; }
/usr/bin/python3 "$here/scripts/fill-index-html.py" "$here/web/index.html" "$here/data/$dataset.json" "$dataset" "$site/index.html.new"
/usr/bin/python3 "$here/scripts/fill-colours.py" "$site/.palette.json" "$site/index.html.new" "$site/index.html"
rm "$site/index.html.new"
rm -f "$site"/data/*.json
cp "$here"/data/*.json "$site/data/"
# Every dataset must validate (a broken one stops the build with its located error), and the catalog
# lists them for the viewer's dataset picker (core/catalog.h).
datasets=()
for f in "$here"/data/*.json; do
  case "$f" in *.schema.json) ;; *) datasets+=("$f") ;; esac
done
# Beside each dataset its standalone report page (`kpi-tool html`: no script, opens from file://,
# prints on A4), in Japanese (NAME.html), easy Japanese (NAME.easy.html, with readings over kanji)
# and English (NAME.en.html), linking to the viewer's view of
# it: relative (../?data=NAME) unless SITE_URL gives the site's public address, which is then also
# written out on the page (e.g. SITE_URL=https://www.city.example.jp/kpi/).
rm -f "$site"/data/*.html
published=()
for f in "${datasets[@]}"; do
  name=$(basename "$f" .json)
  "$kpi_tool" html "$f" --url "${SITE_URL:-../}?data=$name" -o "$site/data/$name.html" \
    && "$kpi_tool" html "$f" --lang easy --url "${SITE_URL:-../}?data=$name&lang=easy" -o "$site/data/$name.easy.html" \
    && "$kpi_tool" html "$f" --lang en --url "${SITE_URL:-../}?data=$name&lang=en" -o "$site/data/$name.en.html" \
    || { echo "make-site: a dataset in data/ is invalid (see above); nothing published" >&2; exit 1; }
  published+=("$site/data/$name.json")
done
# The catalog reads the copies in the site, so it sees the report pages beside them.
"$kpi_tool" catalog "${published[@]}" > "$site/data/index.json.new" \
  || { rm -f "$site/data/index.json.new"; echo "make-site: a dataset in data/ is invalid (see above); nothing published" >&2; exit 1; }
mv "$site/data/index.json.new" "$site/data/index.json"

# Characters for the first-frame subset (Debian's python3: the one fonttools is installed for).
chars="$site/fonts/.ui-chars.txt"
/usr/bin/python3 "$here/scripts/ui-subset-chars.py" "$here" > "$chars.new"
# No OpenType layout (ImGui draws glyphs one by one, horizontally) and no vertical metrics: 17 KB
# gzip less, most of it the vertical forms 'vert' pulled in. The options are part of the stamp.
subset_opts=(--no-hinting --desubroutinize --layout-features= --drop-tables+=vhea,vmtx --name-IDs='*' --name-languages='*')
echo "${subset_opts[*]}" > "$chars.opts.new"
if ! cmp -s "$chars.new" "$chars" || ! cmp -s "$chars.opts.new" "$chars.opts" || [ ! -f "$site/fonts/ui-subset.ttf" ]; then
  mv "$chars.new" "$chars"
  mv "$chars.opts.new" "$chars.opts"
  pyftsubset "$font_src" --text-file="$chars" --output-file="$site/fonts/ui-subset.ttf" "${subset_opts[@]}"
else
  rm -f "$chars.new" "$chars.opts.new"
fi
if [ ! -f "$site/fonts/jis.ttf" ]; then
  jis="$site/fonts/.jis-chars.txt"
  /usr/bin/python3 "$here/scripts/jis-chars.py" > "$jis"
  pyftsubset "$font_src" --text-file="$jis" --output-file="$site/fonts/jis.ttf" \
    --no-hinting --desubroutinize --layout-features='kern,palt,vert'
fi
/usr/bin/python3 "$here/scripts/fill-colours.py" "$site/.palette.json" "$here/web/manifest.webmanifest" "$site/manifest.webmanifest"
# The images depend on the palette and on the script that draws them: drawn again when either changed.
images_key=$(cat "$site/.palette.json" "$here/scripts/make-images.py" | sha256sum | cut -d' ' -f1)
images_ok=1
for f in og-image.png icon-192.png icon-512.png icon-maskable-512.png; do [ -f "$site/$f" ] || images_ok=0; done
if [ "$images_ok" = 0 ] || [ "$(cat "$site/.images-key" 2>/dev/null)" != "$images_key" ]; then
  rm -f "$site/.images-key"
  /usr/bin/python3 "$here/scripts/make-images.py" "$site/.palette.json" "$site"
  echo "$images_key" > "$site/.images-key"
fi
# The service worker last: its precache list covers every file above, with revisions.
node "$here/scripts/make-sw.mjs" "$site"
echo "site: $site ($(du -sh "$site" | cut -f1))"
