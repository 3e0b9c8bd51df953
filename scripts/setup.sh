#!/usr/bin/env bash
# Set-up for a fresh Debian 12 machine (run as root). Idempotent: a second run only checks.
#
#   scripts/setup.sh            everything (native build, web build, browser tests)
#   scripts/setup.sh native     only what the native build and unit tests need
#
# [SECTION] Debian binary packages
# [SECTION] Debian source packages (Dear ImGui 1.92.2b from sid, qr-code-generator 1.8.0)
# [SECTION] npm build and test tools (from the committed package-lock.json)
#
# Overrides for machines that cannot fetch something: IMGUI_DIR=/path/to/imgui-1.92.2b and
# QRCODEGEN_DIR=/path/to/qr-code-generator-1.8.0 point at unpacked source trees.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
deps="$here/.deps"
what=${1:-all}
mkdir -p "$deps"

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# --- [SECTION] Debian binary packages ------------------------------------------------------
native_pkgs=(g++ cmake make nlohmann-json3-dev doctest-dev)
web_pkgs=(emscripten fonts-morisawa-bizud-gothic fonttools chromium poppler-utils zbar-tools xz-utils curl ca-certificates)
pkgs=("${native_pkgs[@]}")
[ "$what" = native ] || pkgs+=("${web_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "need root to install: ${missing[*]} (or install them yourself)"
  say "installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || die "apt-get could not install: ${missing[*]}"
fi
[ "$what" = native ] && { say "native set-up complete"; exit 0; }

# --- [SECTION] Debian source packages --------------------------------------------------------
# Only the .orig tarballs are needed. We enable deb-src entries for the suites that hold the pinned
# versions, using the mirror this machine already uses (never a host written here), ask apt for
# the tarball's URI and checksum, and verify the sha256 we pinned.
src_list=/etc/apt/sources.list.d/kpi-viewer-src.sources

enable_deb_src() {
  [ -f "$src_list" ] && return 0
  local uri
  uri=$(grep -h -m1 -E '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -n1 | awk '{print $2}')
  if [ -z "$uri" ]; then
    uri=$(grep -h -E '^deb ' /etc/apt/sources.list 2>/dev/null | grep -v security | head -n1 | awk '{print $2}')
  fi
  [ -n "$uri" ] || die "cannot find this machine's Debian mirror in /etc/apt; set IMGUI_DIR and QRCODEGEN_DIR instead"
  say "enabling deb-src entries (bookworm, sid) on this machine's mirror"
  cat > "$src_list" <<EOF
# Added by kpi-viewer scripts/setup.sh: source packages only (Dear ImGui 1.92.2b is in sid).
Types: deb-src
URIs: $uri
Suites: bookworm sid
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  apt-get update -qq
}

# fetch_orig PACKAGE VERSION TARBALL SHA256 DEST_DIR OVERRIDE_VAR
fetch_orig() {
  local pkg=$1 ver=$2 tarball=$3 sha=$4 dest=$5 var=$6
  [ -f "$dest/.complete" ] && return 0
  local cache="$deps/$tarball"
  if [ ! -f "$cache" ] || ! echo "$sha  $cache" | sha256sum -c --quiet 2>/dev/null; then
    enable_deb_src
    local uri
    uri=$(apt-get source --print-uris -qq "$pkg=$ver" 2>/dev/null | grep -F "'" | tr -d "'" | awk -v t="$tarball" '$2 == t {print $1}' | head -n1)
    [ -n "$uri" ] || die "apt does not list source package $pkg=$ver. Download $tarball (sha256 $sha) by hand and put it at $cache, or set $var to an unpacked source tree."
    say "downloading $tarball"
    curl -fsSL --retry 3 -o "$cache.part" "$uri" || die "download of $tarball failed. Put it at $cache by hand, or set $var."
    mv "$cache.part" "$cache"
    echo "$sha  $cache" | sha256sum -c --quiet || { rm -f "$cache"; die "$tarball has the wrong sha256 (want $sha)"; }
  fi
  rm -rf "$dest" && mkdir -p "$dest"
  tar -xf "$cache" -C "$dest" --strip-components=1
  touch "$dest/.complete"
  say "unpacked $pkg $ver into ${dest#$here/}"
}

if [ -z "${IMGUI_DIR:-}" ]; then
  fetch_orig imgui 1.92.2b+ds-1 imgui_1.92.2b+ds.orig.tar.xz \
    e7bd201d56b5ee90d24d5dac85e5c12f98bdb95410252a62d27b7f89e4566d48 "$deps/imgui" IMGUI_DIR
fi
if [ -z "${QRCODEGEN_DIR:-}" ]; then
  fetch_orig qr-code-generator 1.8.0-1.2 qr-code-generator_1.8.0.orig.tar.gz \
    2ec0a4d33d6f521c942eeaf473d42d5fe139abcfa57d2beffe10c5cf7d34ae60 "$deps/qrcodegen" QRCODEGEN_DIR
fi

# --- [SECTION] npm build and test tools ----------------------------------------------------------
lock_sum=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
if [ ! -f "$here/node_modules/.lock-$lock_sum" ]; then
  command -v npm >/dev/null || die "npm is missing: install Node.js 20 and npm"
  say "npm ci (pinned build and test tools)"
  (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) \
    || die "npm ci failed"
  touch "$here/node_modules/.lock-$lock_sum"
fi
say "set-up complete"
