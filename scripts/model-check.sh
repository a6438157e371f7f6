#!/usr/bin/env bash
# The long model-checking run (scripts/test.sh runs the same tests briefly):
# - loom (tests/loom_sched.rs): every interleaving of each model, with no preemption bound
#   unless GOPARK_LOOM_PREEMPTIONS says otherwise, each model stopped after
#   GOPARK_LOOM_MAX_SECS (default 1800; its line then says it was not exhaustive);
# - shuttle (tests/shuttle_programs.rs): GOPARK_SHUTTLE_ITERS executions (default 20000) of
#   each program per scheduler (random, PCT) and per M count (2, 3, 4), then the whole
#   timer-free golden corpus with GOPARK_SHUTTLE_GOLDEN_ITERS executions each (default 50).
# Prints each model's executions and time, and a summary; exits non-zero if any run fails.
# A failing shuttle run prints the schedule to pass to `shuttle::replay`.
set -uo pipefail
cd "$(dirname "$0")/.."

export GOPARK_LOOM_PREEMPTIONS="${GOPARK_LOOM_PREEMPTIONS:-none}"
export GOPARK_LOOM_MAX_SECS="${GOPARK_LOOM_MAX_SECS:-1800}"
export GOPARK_SHUTTLE_ITERS="${GOPARK_SHUTTLE_ITERS:-20000}"
export GOPARK_SHUTTLE_GOLDEN_ITERS="${GOPARK_SHUTTLE_GOLDEN_ITERS:-50}"
log="${MODEL_CHECK_LOG:-target/model-check.log}"
mkdir -p target
: > "$log"
failed=0
run() { # run NAME COMMAND...
  local name="$1"; shift
  local t0=$SECONDS
  echo "=================== $name ===================" | tee -a "$log"
  "$@" 2>&1 | tee -a "$log" | grep --line-buffered -E '^(loom|shuttle) |^test |test result|panicked|FAILED'
  local rc=${PIPESTATUS[0]}
  if [[ $rc == 0 ]]; then
    echo "PASS  $name ($((SECONDS - t0)) s)" | tee -a "$log"
  else
    echo "FAIL  $name ($((SECONDS - t0)) s)" | tee -a "$log"
    failed=1
  fi
}

echo "loom preemption bound: $GOPARK_LOOM_PREEMPTIONS, at most $GOPARK_LOOM_MAX_SECS s per model; shuttle: $GOPARK_SHUTTLE_ITERS executions per program, scheduler and M count, golden corpus $GOPARK_SHUTTLE_GOLDEN_ITERS" | tee -a "$log"
run "loom (tests/loom_sched.rs)" env RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom \
  cargo test --release --test loom_sched -- --nocapture --test-threads 1
run "shuttle (tests/shuttle_programs.rs)" env RUSTFLAGS="--cfg shuttle" CARGO_TARGET_DIR=target/shuttle \
  cargo test --release --test shuttle_programs -- --nocapture --test-threads 1
echo "full log: $log"
exit $failed
