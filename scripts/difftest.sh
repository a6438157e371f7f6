#!/usr/bin/env bash
# Long differential run against real Go (tests/difftest.rs): N generated concurrent programs
# (default 2000) from seed S (default 0), each built with Go 1.23 and run by gopark in threads
# mode (2 and 4 Ps) and deterministic mode. Failing programs land in target/difftest/failures/.
# Usage: scripts/difftest.sh [N] [S]
set -euo pipefail
cd "$(dirname "$0")/.."
GOPARK_DIFFTEST="${1:-2000}" GOPARK_DIFFTEST_SEED="${2:-0}" \
  cargo test --release --test difftest generated_programs_match_go -- --nocapture
