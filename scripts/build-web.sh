#!/usr/bin/env bash
# Builds the two browser builds of gopark:
#   pkg/     threaded (atomics, shared memory; a Web Worker per M), for cross-origin isolated pages;
#   pkg-st/  single-threaded (deterministic mode only), the fallback for pages that are not.
# Cargo handles incrementality; wasm-bindgen reruns only when a .wasm is newer than its output.
set -euo pipefail
cd "$(dirname "$0")/.."

MANIFEST="${GOPARK_MANIFEST:-Cargo.toml}"
TARGET=wasm32-unknown-unknown
CRATE=gopark
# The wasm memory's upper bound. A shared memory must declare one; 1 GiB leaves room for the
# runtime's heap limit plus a 2 MiB stack per M worker, and browsers reserve it lazily.
MAX_MEMORY=$((1024 * 1024 * 1024))
# The stack of the instance that compiles (the host worker's): the front end recurses over
# the program's nesting, up to lang::parser::MAX_NEST (measured there: up to 1.9 MiB at the
# cap). rustc's default for wasm is 1 MiB, and overflowing it traps mid-compile.
STACK="-C link-arg=-zstack-size=$((4 * 1024 * 1024))"

need() { command -v "$1" >/dev/null 2>&1 || { echo "build-web: $1 not found (run scripts/setup.sh)" >&2; exit 1; }; }
need cargo
need wasm-bindgen
need node

bindgen() { # $1 = input .wasm, $2 = out dir
  local wasm="$1" out="$2"
  if [[ ! -f "$out/$CRATE.js" || ! -f "$out/${CRATE}_bg.wasm" || "$wasm" -nt "$out/${CRATE}_bg.wasm" ]]; then
    rm -rf "$out"
    wasm-bindgen --target web --out-dir "$out" "$wasm"
  fi
}

echo "== build-web: threaded build (pkg/)"
# The flags go in RUSTFLAGS for this build only, so native builds and `cargo test` stay plain.
# Without the explicit --shared-memory/--import-memory link args the build *succeeds* with an
# unshared memory (rustc PR #147225); the check below catches that.
RUSTFLAGS="-C target-feature=+atomics,+bulk-memory,+mutable-globals \
-C link-arg=--shared-memory -C link-arg=--import-memory -C link-arg=--max-memory=$MAX_MEMORY \
-C link-arg=--export=__wasm_init_tls -C link-arg=--export=__tls_size \
-C link-arg=--export=__tls_align -C link-arg=--export=__tls_base -C link-arg=--export=__heap_base $STACK" \
RUSTC_BOOTSTRAP=1 \
  cargo build --manifest-path "$MANIFEST" --lib --release --target "$TARGET" \
    -Z build-std=std,panic_abort --target-dir target/wasm-mt
MT_WASM="target/wasm-mt/$TARGET/release/$CRATE.wasm"
node scripts/check-shared-memory.mjs "$MT_WASM"
bindgen "$MT_WASM" pkg
node scripts/check-shared-memory.mjs "pkg/${CRATE}_bg.wasm"

echo "== build-web: single-threaded build (pkg-st/)"
RUSTFLAGS="$STACK" cargo build --manifest-path "$MANIFEST" --lib --release --target "$TARGET" \
  --target-dir target/wasm-st
bindgen "target/wasm-st/$TARGET/release/$CRATE.wasm" pkg-st

ls -l pkg/${CRATE}_bg.wasm pkg-st/${CRATE}_bg.wasm | awk '{print "   " $5 " bytes  " $9}'
echo "== build-web: source view (www/editor.bundle.js)"
scripts/build-editor.sh
echo "== build-web: done"
