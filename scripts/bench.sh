#!/usr/bin/env bash
# Wall time and memory of gopark against real Go and yaegi on bench/*.go.
# Not part of the test suite: it only prints tables, it asserts nothing.
#
# Usage: scripts/bench.sh [bench/NAME.go ...]
# Env:   RUNS (default 3, best of; a command whose first run takes under a second runs 3x as
#        often, since a short run is more at the mercy of other processes), BENCH_TIMEOUT
#        seconds per run (default 300),
#        DET_PROCS procs for the deterministic column (default 2),
#        BENCH_ALL=1 also runs the cells a program's `// bench: skip-yaegi` line skips,
#        GOPARK=path runs that gopark binary instead of building this tree (to compare builds).
#
# Time table: a cell is the best wall time in seconds; "n/a" when the tool is not installed,
# "fail(N)" on a non-zero exit, "timeout", or "wrong" when stdout differs from Go's (or,
# without Go, from gopark threads procs=1). "p1/p2" is the speed-up of 2 Ps over 1 P (it
# only means something for programs that split work over GOMAXPROCS goroutines, like
# primes); "yaegi/p1" is how many times faster than yaegi gopark is with 1 P.
#
# Memory table, for programs marked `// bench: memory` that start `const n = ...` goroutines
# (parked, million):
# the peak RSS of the run (VmHWM, from /usr/bin/time), and the bytes one goroutine costs:
# the peak RSS minus that of the same program with n = 0, divided by n.
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-3}"
BENCH_TIMEOUT="${BENCH_TIMEOUT:-300}"
DET_PROCS="${DET_PROCS:-2}"
BENCH_ALL="${BENCH_ALL:-0}"

if [ -z "${GOPARK:-}" ]; then
  echo "building gopark (cargo build --release)..." >&2
  cargo build --release --quiet >&2 || { echo "cargo build --release failed" >&2; exit 1; }
  GOPARK="$ROOT/target/release/gopark"
fi

GO=""
if [ -x /usr/lib/go-1.23/bin/go ]; then GO=/usr/lib/go-1.23/bin/go; elif command -v go >/dev/null 2>&1; then GO="$(command -v go)"; fi
YAEGI=""
if [ -x /usr/bin/yaegi ]; then YAEGI=/usr/bin/yaegi; elif command -v yaegi >/dev/null 2>&1; then YAEGI="$(command -v yaegi)"; fi
TIME=""
if [ -x /usr/bin/time ]; then TIME=/usr/bin/time; fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export GOCACHE="${GOCACHE:-$TMP/gocache}" GOPATH="${GOPATH:-$TMP/gopath}" GOTOOLCHAIN=local GO111MODULE=off
export HOME="${HOME:-$TMP}"

if [ $# -gt 0 ]; then progs=("$@"); else progs=(bench/*.go); fi

now_ns() { date +%s%N; }

# Seconds with three decimals from milliseconds.
secs() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

# measure EXPECTED_FILE CMD... : runs CMD $RUNS times (3x that when the first run takes under
# a second). Sets CELL (best time, or why there is
# none), MS (best milliseconds, empty on failure) and RSS_KB (lowest peak RSS, or empty).
measure() {
  local expected="$1"; shift
  local i start end code ms rss runs=$RUNS
  CELL="" MS="" RSS_KB=""
  for ((i = 0; i < runs; i++)); do
    start=$(now_ns)
    if [ -n "$TIME" ]; then
      "$TIME" -q -f %M -o "$TMP/rss" timeout "$BENCH_TIMEOUT" "$@" >"$TMP/out" 2>"$TMP/err"
    else
      timeout "$BENCH_TIMEOUT" "$@" >"$TMP/out" 2>"$TMP/err"
    fi
    code=$?
    end=$(now_ns)
    if [ "$code" -eq 124 ]; then CELL="timeout" MS=""; return; fi
    if [ "$code" -ne 0 ]; then CELL="fail($code)" MS=""; return; fi
    if [ -n "$expected" ] && ! cmp -s "$TMP/out" "$expected"; then CELL="wrong" MS=""; return; fi
    ms=$(((end - start) / 1000000))
    if [ "$i" -eq 0 ] && [ "$ms" -lt 1000 ]; then runs=$((3 * RUNS)); fi
    if [ -z "$MS" ] || [ "$ms" -lt "$MS" ]; then MS=$ms; fi
    if [ -n "$TIME" ]; then
      rss=$(tail -n 1 "$TMP/rss")
      if [ -z "$RSS_KB" ] || [ "$rss" -lt "$RSS_KB" ]; then RSS_KB=$rss; fi
    fi
  done
  CELL=$(secs "$MS")
}

# ratio A_MS B_MS -> "A/B" with one decimal and an x, or "-".
ratio() {
  if [ -n "$1" ] && [ -n "$2" ] && [ "$2" -gt 0 ]; then
    local t=$(($1 * 10 / $2))
    printf '%d.%dx' $((t / 10)) $((t % 10))
  else
    echo "-"
  fi
}

# How many goroutines a program marked `// bench: memory` starts (`const n = 100000`), or empty.
goroutines_of() {
  grep -q '^// bench: memory' "$1" && sed -n 's/^[[:space:]]*const n = \([0-9][0-9]*\).*/\1/p' "$1" | head -n 1
}

row() { printf '| %-14s | %-11s | %-11s | %-7s | %-11s | %-11s | %-11s | %-8s |\n' "$@"; }
memrow() { printf '| %-14s | %-18s | %-18s | %-18s |\n' "$@"; }

# Builds PROG with Go into DIR/prog; true on success.
go_build() { mkdir -p "$2" && cp "$1" "$2/main.go" && (cd "$2" && "$GO" build -o prog main.go) >/dev/null 2>&1; }

# Memory cells for one tool: "PEAK MB" and, with a baseline, "B/G".
mem_cell() {
  local rss="$1" base="$2" n="$3"
  if [ -z "$rss" ]; then echo "-"; return; fi
  local mb=$((rss / 1024))
  if [ -n "$base" ] && [ -n "$n" ] && [ "$n" -gt 0 ]; then
    echo "$(((rss - base) * 1024 / n)) B/G, ${mb} MB"
  else
    echo "${mb} MB"
  fi
}

memrows=()
row "program" "gopark p=1" "gopark p=2" "p1/p2" "det. p=$DET_PROCS" "go" "yaegi" "yaegi/p1"
row "--------------" "-----------" "-----------" "-------" "-----------" "-----------" "-----------" "--------"
for prog in "${progs[@]}"; do
  name="$(basename "$prog" .go)"
  n="$(goroutines_of "$prog")"
  skip_yaegi=0
  if grep -q '^// bench: skip-yaegi' "$prog" && [ "$BENCH_ALL" != 1 ]; then skip_yaegi=1; fi
  # The same program with no goroutines, for the memory baseline.
  zero=""
  if [ -n "$n" ] && [ -n "$TIME" ]; then
    zero="$TMP/${name}_zero.go"
    sed 's/^\([[:space:]]*const n = \)[0-9][0-9]*/\10/' "$prog" >"$zero"
  fi

  expected="" gocell="n/a" go_rss="" go_base=""
  if [ -n "$GO" ]; then
    if go_build "$prog" "$TMP/$name"; then
      "$TMP/$name/prog" >"$TMP/$name.expected" 2>/dev/null && expected="$TMP/$name.expected"
      measure "$expected" "$TMP/$name/prog"
      gocell=$CELL go_rss=$RSS_KB
      if [ -n "$zero" ] && go_build "$zero" "$TMP/${name}_zero"; then
        measure "" "$TMP/${name}_zero/prog"
        go_base=$RSS_KB
      fi
    else
      gocell="build failed"
    fi
  fi
  if [ -z "$expected" ]; then
    timeout "$BENCH_TIMEOUT" "$GOPARK" run "$prog" --procs 1 --mode threads >"$TMP/$name.expected" 2>/dev/null \
      && expected="$TMP/$name.expected"
  fi
  measure "$expected" "$GOPARK" run "$prog" --procs 1 --mode threads
  t1=$CELL ms1=$MS rss1=$RSS_KB
  measure "$expected" "$GOPARK" run "$prog" --procs 2 --mode threads
  t2=$CELL ms2=$MS
  measure "$expected" "$GOPARK" run "$prog" --procs "$DET_PROCS" --mode deterministic --seed 1
  td=$CELL
  base1=""
  if [ -n "$zero" ]; then
    measure "" "$GOPARK" run "$zero" --procs 1 --mode threads
    base1=$RSS_KB
  fi
  ycell="n/a" yms="" y_rss="" y_base=""
  if [ -n "$YAEGI" ] && [ "$skip_yaegi" = 1 ]; then
    ycell="skipped"
  elif [ -n "$YAEGI" ]; then
    measure "$expected" "$YAEGI" run "$prog"
    ycell=$CELL yms=$MS y_rss=$RSS_KB
    if [ -n "$zero" ]; then
      measure "" "$YAEGI" run "$zero"
      y_base=$RSS_KB
    fi
  fi
  row "$name" "$t1" "$t2" "$(ratio "$ms1" "$ms2")" "$td" "$gocell" "$ycell" "$(ratio "$yms" "$ms1")"
  if [ -n "$n" ] && [ -n "$TIME" ]; then
    memrows+=("$(memrow "$name" "$(mem_cell "$rss1" "$base1" "$n")" "$(mem_cell "$go_rss" "$go_base" "$n")" "$(mem_cell "$y_rss" "$y_base" "$n")")")
  fi
done

if [ ${#memrows[@]} -gt 0 ]; then
  echo
  echo "Bytes per goroutine ((peak RSS - peak RSS with n = 0) / n) and peak RSS:"
  memrow "program" "gopark p=1" "go" "yaegi"
  memrow "--------------" "------------------" "------------------" "------------------"
  printf '%s\n' "${memrows[@]}"
fi
