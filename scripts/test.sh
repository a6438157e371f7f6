#!/usr/bin/env bash
# Runs every test: Rust unit, integration and golden tests, the loom and shuttle model
# checks (briefly), both browser builds, and the browser end-to-end tests in headless
# Chromium. Exits non-zero if any step fails, after printing a summary of all steps.
# GOPARK_BENCH=1 also runs the browser benchmark.
set -uo pipefail
cd "$(dirname "$0")/.."

declare -a NAMES=() RESULTS=()
failed=0
step() { # step NAME COMMAND... : runs the command, records PASS/FAIL
  local name="$1"; shift
  echo
  echo "=================== $name ==================="
  local t0=$SECONDS
  if "$@"; then
    RESULTS+=("PASS  $name ($((SECONDS - t0)) s)")
  else
    RESULTS+=("FAIL  $name ($((SECONDS - t0)) s)")
    failed=1
  fi
}
skip() { RESULTS+=("SKIP  $1 ($2)"); failed=1; }

step "setup" scripts/setup.sh
step "cargo test --release" cargo test --release
# Model checkers, briefly (scripts/model-check.sh runs them long). Each builds under its own
# cfg into its own target dir; the bounds come from the environment.
step "loom models (tests/loom_sched.rs)" env RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom \
  GOPARK_LOOM_PREEMPTIONS="${GOPARK_LOOM_PREEMPTIONS:-4}" cargo test --release --test loom_sched
step "shuttle programs (tests/shuttle_programs.rs)" env RUSTFLAGS="--cfg shuttle" CARGO_TARGET_DIR=target/shuttle \
  GOPARK_SHUTTLE_ITERS="${GOPARK_SHUTTLE_ITERS:-200}" cargo test --release --test shuttle_programs
web_ok=1
step "build web (pkg/, pkg-st/)" scripts/build-web.sh
[[ "${RESULTS[-1]}" == PASS* ]] || web_ok=0
cli_ok=1
step "cargo build --release" cargo build --release
[[ "${RESULTS[-1]}" == PASS* ]] || cli_ok=0
if [[ $cli_ok == 1 ]]; then
  step "replay model against CLI traces (tests/model)" node --test --test-reporter=spec tests/model/
  step "gallery examples, natively (tests/gallery)" node --test --test-reporter=spec tests/gallery/
fi
if [[ $web_ok == 1 && $cli_ok == 1 ]]; then
  step "browser e2e (tests/e2e/run.mjs)" node --test --test-reporter=spec tests/e2e/run.mjs
  step "browser replay e2e (tests/e2e/replay.mjs)" node --test --test-reporter=spec tests/e2e/replay.mjs
  step "browser hostile sample (tests/e2e/hostile.mjs)" node --test --test-reporter=spec tests/e2e/hostile.mjs
  step "browser page e2e: gallery, share, embeds, dist/ (tests/e2e/page.mjs)" node --test --test-reporter=spec tests/e2e/page.mjs
  if [[ "${GOPARK_BENCH:-0}" == 1 ]]; then
    step "browser bench (tests/e2e/bench.mjs)" node tests/e2e/bench.mjs
    step "replay bench, 1,000,000 events (tests/e2e/replay-bench.mjs)" node tests/e2e/replay-bench.mjs
  fi
else
  skip "browser e2e (tests/e2e/run.mjs)" "a build failed"
fi

echo
echo "=================== summary ==================="
printf '%s\n' "${RESULTS[@]}"
if [[ $failed == 0 ]]; then echo "ALL PASSED"; else echo "SOME STEPS FAILED"; fi
exit $failed
