#!/usr/bin/env bash
# Assemble the deployable static site: build/site/{index.html, glue.js, web_backend.js, print.js, share.js, style.css, document.css, kpi_viewer.js,
# kpi_viewer.wasm, kpi_import.js + kpi_import.wasm (the importer, fetched by publish mode only), data/*.json, data/*.html (report pages), fonts/*.ttf, manifest.webmanifest, icons, og-image.png, sw.js}. Fonts are cut from Debian's BIZ UDPGothic here:
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
for f in kpi_viewer.wasm kpi_import.wasm; do
  [ -f "$web/$f" ] || { echo "missing $web/$f: build the web targets first" >&2; exit 1; }
done

kpi_tool=${KPI_TOOL:-$here/build/native/kpi-tool}
[ -x "$kpi_tool" ] || { echo "missing $kpi_tool: run make tools" >&2; exit 1; }

mkdir -p "$site/data" "$site/fonts"
cp "$web/kpi_viewer.js" "$web/kpi_viewer.wasm" "$web/kpi_import.js" "$web/kpi_import.wasm" "$site/"
cp "$here/web/glue.js" "$here/web/web_backend.js" "$here/web/print.js" "$here/web/share.js" "$here/web/first-screen.js" "$site/"
# The palette for what is not C++ (written every time: kpi-tool is rebuilt when palette.h changes).
"$kpi_tool" palette --json > "$site/.palette.json"
{ "$kpi_tool" palette --css; cat "$here/web/style.css" "$here/web/first-screen.css"; } > "$site/style.css"
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
  # Its first screens (core/first_screen.h): shown before the viewer's code only while this very
  # file (its SHA-256) is what the site serves.
  rm -rf "$site/data/first/$name"
  "$kpi_tool" first-screen "$f" --sha256 "$(sha256sum "$site/data/$name.json" | cut -d' ' -f1)" \
    --data "$name" --default "$dataset" -o "$site/data/first/$name" \
    || { echo "make-site: cannot write the first screens of $name" >&2; exit 1; }
  published+=("$site/data/$name.json")
done
# The page names the datasets that have first screens (no request for one that has none).
first_names=$(for f in "${published[@]}"; do basename "$f" .json; done | tr '\n' ' ' | sed 's/ $//')
sed -i "s/__KPI_FIRST_SCREENS__/$first_names/" "$site/index.html"
# The catalog reads the copies in the site, so it sees the report pages beside them.
"$kpi_tool" catalog "${published[@]}" > "$site/data/index.json.new" \
  || { rm -f "$site/data/index.json.new"; echo "make-site: a dataset in data/ is invalid (see above); nothing published" >&2; exit 1; }
mv "$site/data/index.json.new" "$site/data/index.json"

# A font subset is made again only when its characters or its pyftsubset options changed (both are
# its stamp, kept beside it as .NAME-chars.txt and .NAME-chars.txt.opts) or it is missing.
#   subset_font NAME CHARS_FILE OPTIONS...   (CHARS_FILE: the freshly listed characters; consumed)
subset_font() {
  local name=$1 fresh=$2; shift 2
  local chars="$site/fonts/.$name-chars.txt"
  echo "$*" > "$chars.opts.new"
  if ! cmp -s "$fresh" "$chars" || ! cmp -s "$chars.opts.new" "$chars.opts" || [ ! -f "$site/fonts/$name.ttf" ]; then
    mv "$fresh" "$chars"
    mv "$chars.opts.new" "$chars.opts"
    pyftsubset "$font_src" --text-file="$chars" --output-file="$site/fonts/$name.ttf" "$@"
  else
    rm -f "$fresh" "$chars.opts.new"
  fi
}
# The first-frame subset (Debian's python3: the one fonttools is installed for). No OpenType layout
# (ImGui draws glyphs one by one, horizontally) and no vertical metrics: 17 KB gzip less, most of it
# the vertical forms 'vert' pulled in.
/usr/bin/python3 "$here/scripts/ui-subset-chars.py" "$here" > "$site/fonts/.ui-chars.new"
subset_font ui-subset "$site/fonts/.ui-chars.new" \
  --no-hinting --desubroutinize --layout-features= --drop-tables+=vhea,vmtx --name-IDs='*' --name-languages='*'
# All of JIS X 0208, fetched after the first frame when something to draw needs it.
/usr/bin/python3 "$here/scripts/jis-chars.py" > "$site/fonts/.jis-chars.new"
subset_font jis "$site/fonts/.jis-chars.new" --no-hinting --desubroutinize --layout-features='kern,palt,vert'
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
node "$here/scripts/precompress.mjs" "$site"
echo "site: $site ($(du -sh "$site" | cut -f1))"
