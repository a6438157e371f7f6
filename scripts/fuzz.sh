#!/usr/bin/env bash
# Long fuzzing runs (the suite runs tests/fuzz_smoke.rs briefly on stable).
# Usage: scripts/fuzz.sh [SECONDS per target, default 600]
# Needs the nightly toolchain and cargo-fuzz (installed here if missing). Crashes land in
# fuzz/artifacts/TARGET/; each one becomes a regression test (tests/hostile or tests/compile).
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-600}"
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
rustup toolchain list | grep -q nightly || rustup toolchain install nightly --profile minimal
# Leaks are not crashes: the checker's types form Rc cycles (a named type and its methods'
# signatures), dropped with the process; LeakSanitizer would report them at exit.
export ASAN_OPTIONS=detect_leaks=0
mkdir -p fuzz/corpus/frontend fuzz/corpus/run
cp tests/golden/*.go tests/hostile/*.go fuzz/corpus/frontend/ 2>/dev/null || true
cp tests/golden/*.go fuzz/corpus/run/ 2>/dev/null || true
# -timeout=60: the run target lets a program use 20 ms of virtual time, which costs up to
# ~3.3 s of CPU under ASan with debug assertions; on a shared 2-core machine (load 11) the
# golden primes program took 11 s of wall time, which -timeout=10 reported as a hang.
# nice: the machine is shared.
for target in frontend run; do
  echo "== fuzz $target for ${secs}s"
  nice -n 19 cargo +nightly fuzz run "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$secs" -max_len=8192 -timeout=60 -rss_limit_mb=4096 -detect_leaks=0 \
    -print_final_stats=1 \
    >"fuzz/$target.log" 2>&1 || { grep -E "ERROR|panicked|SUMMARY" "fuzz/$target.log" | head; exit 1; }
  grep -E "^Done|stat::number_of_executed_units" "fuzz/$target.log" | tail -2
done
