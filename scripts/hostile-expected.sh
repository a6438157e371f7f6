#!/usr/bin/env bash
# Checks the expectations in tests/hostile/*.go against real Go.
#
# Usage: scripts/hostile-expected.sh [NAME...]     (default: every tests/hostile/*.go)
#
# Each program is built as prog.go in a module of its own whose go.mod says `go 1.23`, so the
# language and GODEBUG defaults (loop variables per iteration, panic(nil)) are Go 1.23's.
#
# For every program without a `// limit:` header (those are gopark's limits: Go would run
# forever or exhaust the machine), the program is built with `go build` as prog.go and the
# binary run directly (GOTRACEBACK=single, 30 s timeout). The script prints Go's exit status
# and first non-empty stderr line beside the header's `// exit:` and `// stderr:`, marks each
# line "ok" or "DIFF", and exits 1 if any differ. A build failure counts as exit status 1
# with the first compiler line (without "# command-line-arguments" and the "./" prefix), as
# gopark prints compile errors. `// stdout-prefix:` is checked too.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="$ROOT/tests/hostile"
GO="${GO:-}"
if [ -z "$GO" ]; then
  if [ -x /usr/lib/go-1.23/bin/go ]; then GO=/usr/lib/go-1.23/bin/go; else GO="$(command -v go)"; fi
fi
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export GOCACHE="${GOCACHE:-$TMP/gocache}" GOPATH="${GOPATH:-$TMP/gopath}" GOTOOLCHAIN=local GO111MODULE=on GOPROXY=off GOFLAGS=-mod=mod
export HOME="${HOME:-$TMP}"

if [ $# -gt 0 ]; then
  names=("$@")
else
  names=()
  for f in "$DIR"/*.go; do names+=("$(basename "$f" .go)"); done
fi

# The value of header `// KEY: value` (first one), from the leading comment block.
header() {
  awk -v key="$2" '
    /^[ \t]*$/ { next }
    !/^\/\/ / { exit }
    index($0, "// " key ": ") == 1 { print substr($0, length(key) + 6); exit }
  ' "$1" | tr -d '\r'
}

diffs=0 checked=0 skipped=0
for name in "${names[@]}"; do
  name="${name%.go}"
  src="$DIR/$name.go"
  [ -f "$src" ] || { echo "no such program: $src" >&2; exit 1; }
  want_exit="$(header "$src" exit)"; want_exit="${want_exit:-0}"
  want_err="$(header "$src" stderr)"
  want_out="$(header "$src" stdout-prefix)"
  limit="$(header "$src" limit)"
  if [ -n "$limit" ]; then
    echo "skip  $name: gopark's $limit limit (header: exit $want_exit, $want_err)"
    skipped=$((skipped + 1))
    continue
  fi
  work="$TMP/$name"
  mkdir -p "$work"
  cp "$src" "$work/prog.go"
  printf 'module prog\n\ngo 1.23\n' >"$work/go.mod"
  out=""
  if (cd "$work" && "$GO" build -o prog prog.go) >"$work/build.err" 2>&1; then
    set +e
    (cd "$work" && GOTRACEBACK=single timeout 30 ./prog >"$work/stdout" 2>"$work/stderr")
    code=$?
    set -e
    err="$(grep -av '^[[:space:]]*$' "$work/stderr" | head -1 || true)"
    out="$(head -c 4096 "$work/stdout")"
  else
    code=1
    err="$(grep -av '^#' "$work/build.err" | grep -av '^[[:space:]]*$' | head -1 | sed 's|^\./||' || true)"
  fi
  verdict=ok
  if [ "$code" != "$want_exit" ] || [ "$err" != "$want_err" ]; then verdict=DIFF; fi
  if [ -n "$want_out" ] && [ "${out#"$want_out"}" = "$out" ]; then verdict=DIFF; fi
  checked=$((checked + 1))
  if [ $verdict = DIFF ]; then
    diffs=$((diffs + 1))
    echo "DIFF  $name: go exit $code, $err | header exit $want_exit, $want_err"
    [ -n "$want_out" ] && echo "      go stdout ${out:0:80} | header prefix $want_out"
  else
    echo "ok    $name: exit $code, $err"
  fi
done
echo "$checked checked against Go, $diffs differ, $skipped gopark limits skipped"
[ "$diffs" -eq 0 ]
