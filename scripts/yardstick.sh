#!/usr/bin/env bash
# Run every DIR/*.go under gopark (deterministic mode) and under Go 1.23, and print one line
# per program:
#   PASS    gopark's stdout and exit status equal Go's
#   NONDET  the outputs differ but the exit statuses agree, and two runs of Go differ from
#           each other as well (the program prints times, random numbers, map order, pointers
#           or scheduling-dependent interleavings), so no single output is right; or DIR/NONDET
#           lists the program with a reason (two quick runs of Go often agree on map order or
#           on an interleaving that sleeps make likely: list those there)
#   FAIL    they differ and Go is stable; the first line of gopark's stderr follows
#   GOFAIL  Go itself does not build the program (e.g. a Tour exercise left to the learner);
#           gopark's first stderr line follows, to show how it refuses
# A program that imports golang.org/x/tour/... builds with A Tour of Go's packages on a
# temporary GOPATH (see scripts/x-tour.sh; TOUR_REPO names the x/tour repository).
# and a summary line. Nothing is written outside a temporary directory.
#
# Usage: scripts/yardstick.sh DIR [GOPARK]
#   GOPARK defaults to target/release/gopark of this checkout; GO to /usr/lib/go-1.23/bin/go.
#   DIR/NONDET (optional): lines "NAME reason", for programs whose output depends on the
#   clock or scheduling in a way two quick runs of Go may not reveal (e.g. a pointer value).
#   Program arguments: DIR/NAME.args (optional) holds them, one line, passed to both.
set -uo pipefail

DIR="${1:?usage: yardstick.sh DIR [GOPARK]}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
GP="${2:-$ROOT/target/release/gopark}"
GO="${GO:-/usr/lib/go-1.23/bin/go}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export GOCACHE="${GOCACHE:-$TMP/gocache}" GOPATH="$TMP/gopath" GOTOOLCHAIN=local GO111MODULE=off
export GOFLAGS=-tags=OMIT # the Tour's files carry //go:build OMIT
. "$ROOT/scripts/x-tour.sh"

pass=0 fail=0 nondet=0 gofail=0
for src in "$DIR"/*.go; do
  name="$(basename "$src" .go)"
  w="$TMP/$name"
  mkdir -p "$w"
  cp "$src" "$w/prog.go"
  args=() gpargs=()
  [ -f "$DIR/$name.args" ] && read -r -a args <"$DIR/$name.args"
  [ ${#args[@]} -gt 0 ] && gpargs=(-- "${args[@]}")
  imports_x_tour "$src" && tour_gopath "$GOPATH"
  if ! (cd "$w" && "$GO" build -o prog prog.go) 2>"$w/build.err"; then
    timeout 20 "$GP" run "$w/prog.go" --mode deterministic "${gpargs[@]}" >/dev/null 2>"$w/gp.err"
    echo "GOFAIL $name: go: $(grep -v '^#' "$w/build.err" | head -1) | gopark: $(head -1 "$w/gp.err")"
    gofail=$((gofail + 1))
    continue
  fi
  for i in 1 2; do
    (cd "$w" && GODEBUG=asynctimerchan=0 timeout 20 ./prog "${args[@]}" >"go$i.out" 2>/dev/null)
    echo $? >"$w/go$i.rc"
  done
  timeout 20 "$GP" run "$w/prog.go" --mode deterministic "${gpargs[@]}" >"$w/gp.out" 2>"$w/gp.err"
  echo $? >"$w/gp.rc"
  if cmp -s "$w/gp.out" "$w/go1.out" && cmp -s "$w/gp.rc" "$w/go1.rc"; then
    echo "PASS   $name"
    pass=$((pass + 1))
  elif cmp -s "$w/gp.rc" "$w/go1.rc" \
    && { ! cmp -s "$w/go1.out" "$w/go2.out" || grep -q "^$name " "$DIR/NONDET" 2>/dev/null; }; then
    reason="$(grep "^$name " "$DIR/NONDET" 2>/dev/null | cut -d' ' -f2-)"
    echo "NONDET $name: ${reason:-two runs of Go differ} (gopark exit $(cat "$w/gp.rc"))"
    nondet=$((nondet + 1))
  else
    echo "FAIL   $name: exit $(cat "$w/gp.rc") (go $(cat "$w/go1.rc")): $(head -1 "$w/gp.err")"
    fail=$((fail + 1))
  fi
done
echo "summary: $pass pass, $nondet nondet, $fail fail, $gofail not built by go"
