#!/usr/bin/env bash
# Wall-time comparison of gopark against real Go and yaegi on bench/*.go.
# Not part of the test suite: it only prints a table, it asserts nothing.
#
# Usage: scripts/bench.sh [bench/NAME.go ...]
# Env:   RUNS (default 3, best of), BENCH_TIMEOUT seconds per run (default 300),
#        DET_PROCS procs for the deterministic column (default 2).
# A cell shows the best wall time in seconds; "n/a" when the tool is not installed,
# "fail(N)" on a non-zero exit, "timeout", or "wrong" when stdout differs from Go's
# (or, without Go, from gopark threads procs=1).
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-3}"
BENCH_TIMEOUT="${BENCH_TIMEOUT:-300}"
DET_PROCS="${DET_PROCS:-2}"

echo "building gopark (cargo build --release)..." >&2
cargo build --release --quiet >&2 || { echo "cargo build --release failed" >&2; exit 1; }
GOPARK="$ROOT/target/release/gopark"

GO=""
if [ -x /usr/lib/go-1.23/bin/go ]; then GO=/usr/lib/go-1.23/bin/go; elif command -v go >/dev/null 2>&1; then GO="$(command -v go)"; fi
YAEGI=""
if [ -x /usr/bin/yaegi ]; then YAEGI=/usr/bin/yaegi; elif command -v yaegi >/dev/null 2>&1; then YAEGI="$(command -v yaegi)"; fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export GOCACHE="${GOCACHE:-$TMP/gocache}" GOPATH="${GOPATH:-$TMP/gopath}" GOTOOLCHAIN=local GO111MODULE=off
export HOME="${HOME:-$TMP}"

if [ $# -gt 0 ]; then progs=("$@"); else progs=(bench/*.go); fi

now_ns() { date +%s%N; }

# measure EXPECTED_FILE CMD... -> prints the cell
measure() {
  local expected="$1"; shift
  local best="" i start end code ms
  for ((i = 0; i < RUNS; i++)); do
    start=$(now_ns)
    timeout "$BENCH_TIMEOUT" "$@" >"$TMP/out" 2>"$TMP/err"
    code=$?
    end=$(now_ns)
    if [ "$code" -eq 124 ]; then echo "timeout"; return; fi
    if [ "$code" -ne 0 ]; then echo "fail($code)"; return; fi
    if [ -n "$expected" ] && ! cmp -s "$TMP/out" "$expected"; then echo "wrong"; return; fi
    ms=$(((end - start) / 1000000))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  printf '%d.%03d' $((best / 1000)) $((best % 1000))
}

row() { printf '| %-14s | %-14s | %-14s | %-14s | %-14s | %-14s |\n' "$@"; }

row "program" "threads p=1" "threads p=2" "determ. p=$DET_PROCS" "go (binary)" "yaegi"
row "--------------" "--------------" "--------------" "--------------" "--------------" "--------------"
for prog in "${progs[@]}"; do
  name="$(basename "$prog" .go)"
  expected=""
  gocell="n/a"
  if [ -n "$GO" ]; then
    mkdir -p "$TMP/$name"
    cp "$prog" "$TMP/$name/main.go"
    if (cd "$TMP/$name" && "$GO" build -o prog main.go) >/dev/null 2>&1; then
      "$TMP/$name/prog" >"$TMP/$name.expected" 2>/dev/null && expected="$TMP/$name.expected"
      gocell=$(measure "$expected" "$TMP/$name/prog")
    else
      gocell="build failed"
    fi
  fi
  if [ -z "$expected" ]; then
    timeout "$BENCH_TIMEOUT" "$GOPARK" run "$prog" --procs 1 --mode threads >"$TMP/$name.expected" 2>/dev/null \
      && expected="$TMP/$name.expected"
  fi
  t1=$(measure "$expected" "$GOPARK" run "$prog" --procs 1 --mode threads)
  t2=$(measure "$expected" "$GOPARK" run "$prog" --procs 2 --mode threads)
  td=$(measure "$expected" "$GOPARK" run "$prog" --procs "$DET_PROCS" --mode deterministic --seed 1)
  ycell="n/a"
  if [ -n "$YAEGI" ]; then ycell=$(measure "$expected" "$YAEGI" run "$prog"); fi
  row "$name" "$t1" "$t2" "$td" "$gocell" "$ycell"
done
