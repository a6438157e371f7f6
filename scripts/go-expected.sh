#!/usr/bin/env bash
# Regenerate tests/golden/NAME.{out,exit,err} from real Go.
#
# Usage: scripts/go-expected.sh [NAME...]     (default: every tests/golden/*.go)
#
# Every program under tests/golden must print deterministically under Go's own
# scheduler (output ordered by channels / WaitGroups / well-separated sleeps).
# A program is copied to a temp dir as prog.go (the file name gopark's harness
# uses) and built with `go build`, then the binary is run directly, so the
# stderr and exit status are the program's own (not `go run`'s "exit status 2").
#
# Files written:
#   NAME.out   exact stdout (empty for compile errors)
#   NAME.exit  exit status, only when non-zero (1 for compile errors)
#   NAME.err   stderr prefix, only when stderr is non-empty:
#              - compile errors: the `prog.go:L:C: msg` lines (no "# command-line-arguments",
#                no "./" prefix);
#              - panics / fatal errors: everything up to the first goroutine header. The header
#                is kept whole for goroutine 1 ("goroutine 1 [chan receive]:"); for other
#                goroutines only "goroutine " is kept (ids differ between runtimes);
#                A "[signal SIGSEGV: ...]" line gets pc=0x0, as gopark prints it (Go's is
#                a real address);
#              - stack overflow: only "runtime: goroutine stack exceeds " (the limit is
#                gopark's own setting, and the next lines hold addresses);
#              - anything else (println output): the whole stderr.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
GOLDEN="$ROOT/tests/golden"
GO="${GO:-}"
if [ -z "$GO" ]; then
  if [ -x /usr/lib/go-1.23/bin/go ]; then GO=/usr/lib/go-1.23/bin/go; else GO="$(command -v go)"; fi
fi
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export GOCACHE="${GOCACHE:-$TMP/gocache}" GOPATH="${GOPATH:-$TMP/gopath}" GOTOOLCHAIN=local GO111MODULE=off
export HOME="${HOME:-$TMP}"

if [ $# -gt 0 ]; then
  names=("$@")
else
  names=()
  for f in "$GOLDEN"/*.go; do names+=("$(basename "$f" .go)"); done
fi

for name in "${names[@]}"; do
  name="${name%.go}"
  src="$GOLDEN/$name.go"
  [ -f "$src" ] || { echo "no such program: $src" >&2; exit 1; }
  work="$TMP/$name"
  mkdir -p "$work"
  cp "$src" "$work/prog.go"
  rm -f "$GOLDEN/$name.exit" "$GOLDEN/$name.err"
  if ! (cd "$work" && "$GO" build -o prog prog.go) 2>"$work/build.err"; then
    : >"$GOLDEN/$name.out"
    echo 1 >"$GOLDEN/$name.exit"
    grep -v '^#' "$work/build.err" | sed 's|^\./||' >"$GOLDEN/$name.err"
    echo "$name: compile error"
    continue
  fi
  set +e
  (cd "$work" && timeout 60 ./prog >"$work/stdout" 2>"$work/stderr")
  code=$?
  set -e
  cp "$work/stdout" "$GOLDEN/$name.out"
  if [ "$code" -ne 0 ]; then echo "$code" >"$GOLDEN/$name.exit"; fi
  if [ -s "$work/stderr" ]; then
    if grep -q '^goroutine [0-9]* \[\|^runtime: sp=' "$work/stderr"; then
      awk '
        /^runtime: sp=/ { exit }
        /^runtime: goroutine stack exceeds / { printf "runtime: goroutine stack exceeds "; exit }
        /^\[signal / { sub(/ pc=0x[0-9a-f]+\]/, " pc=0x0]") }
        /^goroutine [0-9]+ \[/ {
          if ($2 == "1") { print } else { printf "goroutine " }
          exit
        }
        { print }
      ' "$work/stderr" >"$GOLDEN/$name.err"
    else
      cp "$work/stderr" "$GOLDEN/$name.err"
    fi
  fi
  echo "$name: exit $code"
done
