#!/usr/bin/env bash
# Builds everything and serves the playground on http://127.0.0.1:8080/ (or --port P).
# Extra arguments go to `gopark serve`, e.g. --port 9000 or --no-isolation.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-web.sh
cargo build --release
exec target/release/gopark serve "$@"
