#!/usr/bin/env bash
# Bundles the source view (www/editor-src.js: CodeMirror 6 + Go) into www/editor.bundle.js
# with esbuild from node_modules (npm ci installs both); the page loads no code from a CDN.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x node_modules/.bin/esbuild ]] || { echo "build-editor: run npm ci first" >&2; exit 1; }
if [[ ! -f www/editor.bundle.js || www/editor-src.js -nt www/editor.bundle.js || package-lock.json -nt www/editor.bundle.js ]]; then
  node_modules/.bin/esbuild www/editor-src.js --bundle --format=esm --minify \
    --outfile=www/editor.bundle.js --log-level=warning
fi
ls -l www/editor.bundle.js | awk '{print "   " $5 " bytes  " $9}'
