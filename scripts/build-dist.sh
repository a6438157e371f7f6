#!/usr/bin/env bash
# Builds the static site into dist/: every file the playground, embed.html, the example
# article and the exercises need, and nothing else, ready for any static host (GitHub Pages, a blog, a bucket).
# With the isolation headers the host runs threads; without them www/isolation.js registers
# coi-sw.js, which adds them, and reloads once (or falls back to the single-thread build).
#   scripts/build-dist.sh            builds the browser builds first (scripts/build-web.sh)
#   scripts/build-dist.sh --no-build only copies what is already built
# Beside each .wasm and .js it writes a .gz, for hosts that serve precompressed files.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ "${1:-}" == "--no-build" ]] || scripts/build-web.sh
for f in pkg/gopark_bg.wasm pkg-st/gopark_bg.wasm www/editor.bundle.js; do
  [[ -f "$f" ]] || { echo "build-dist: $f missing (run scripts/build-web.sh)" >&2; exit 1; }
done
rm -rf dist
mkdir -p dist/www/examples dist/exercises dist/pkg dist/pkg-st
cp index.html embed.html coi-sw.js dist/
cp www/*.js www/*.css www/*.html dist/www/
rm -f dist/www/editor-src.js   # bundled into editor.bundle.js
cp www/examples/*.go www/examples/index.json dist/www/examples/
cp exercises/*.toml dist/exercises/
for d in pkg pkg-st; do cp "$d/gopark.js" "$d/gopark_bg.wasm" "dist/$d/"; done
touch dist/.nojekyll             # GitHub Pages: serve files as they are
find dist -name '*.wasm' -o -name '*.js' | while read -r f; do gzip -9 -k -f "$f"; done
du -sh dist | awk '{print "== build-dist: " $1 " in dist/"}'
