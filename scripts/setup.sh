#!/usr/bin/env bash
# Installs what gopark's builds and tests need on a fresh Debian machine. Idempotent: every
# step checks first and skips what is already present, so it is cheap to run before each build.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen crate pinned in Cargo.toml
say() { echo "== setup: $*"; }

SUDO=""
if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null 2>&1; then SUDO=sudo; fi
apt_updated=0
apt_install() {
  if [[ $apt_updated == 0 ]]; then $SUDO apt-get update; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "$@"
}

command -v cargo >/dev/null 2>&1 || { echo "setup: cargo not found; install rustup first (https://rustup.rs)" >&2; exit 1; }

# RUSTUP_AUTO_INSTALL=0 means nothing is installed implicitly, so ask explicitly. The threaded
# build uses the default toolchain with RUSTC_BOOTSTRAP=1 and -Z build-std, hence rust-src.
if command -v rustup >/dev/null 2>&1; then
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! rustup component list --installed | grep -q '^rust-src'; then
    say "adding rust-src (needed by -Z build-std)"
    rustup component add rust-src
  fi
fi

# The CLI must match the crate exactly. --locked fails for this version (a locked dependency
# is missing from the registry), so it is left out. Takes about 13 minutes on 2 cores.
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (slow, once per machine)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  say "installing node and npm"
  apt_install nodejs npm
fi

# Playwright's own browser download does not work here; the tests drive Debian's Chromium.
if [[ ! -x /usr/bin/chromium ]]; then
  say "installing chromium"
  apt_install chromium chromium-driver
fi

# Go's own channel tests (tests/go_test_chan.rs reads them from the installed Go tree) come
# with golang-1.23-src from bookworm-backports, which a fresh Debian machine lacks.
if [[ ! -d /usr/share/go-1.23/test/chan ]]; then
  if ! grep -rqs bookworm-backports /etc/apt/sources.list /etc/apt/sources.list.d/; then
    say "adding bookworm-backports (for golang-1.23-src)"
    printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      | $SUDO tee /etc/apt/sources.list.d/gopark-backports.sources >/dev/null
    apt_updated=0
  fi
  say "installing golang-1.23-src (Go's test/chan programs)"
  apt_install golang-1.23-src
fi

# npm writes node_modules/.package-lock.json on install; if the committed lock file is newer,
# the installed tree is stale.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "npm ci"
  npm ci --no-audit --no-fund
fi
say "ok"
