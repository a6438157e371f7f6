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
# An output line "IMAGE:<base64 PNG>" (pic.Show, pic.ShowImage) is compared by the picture it
# decodes to, not by its bytes: gopark's PNG encoder is not Go's.
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

# pictures FILE: replaces each IMAGE: line of FILE by the picture's bounds and a hash of its
# pixels (as non-premultiplied RGBA), decoded by a small Go program built on first use.
pictures() {
  grep -q '^IMAGE:' "$1" || return 0
  if [ ! -x "$TMP/pictures" ]; then
    mkdir -p "$TMP/pictures.src"
    cat >"$TMP/pictures.src/main.go" <<'GO'
package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"image/color"
	"image/png"
	"os"
	"strings"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(nil, 1<<26)
	for in.Scan() {
		line, ok := strings.CutPrefix(in.Text(), "IMAGE:")
		if ok {
			line = describe(line)
		}
		fmt.Println(line)
	}
}

func describe(b64 string) string {
	data, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		return "IMAGE? " + err.Error()
	}
	m, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return "IMAGE? " + err.Error()
	}
	h, r := sha256.New(), m.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := color.NRGBAModel.Convert(m.At(x, y)).(color.NRGBA)
			h.Write([]byte{c.R, c.G, c.B, c.A})
		}
	}
	return fmt.Sprintf("IMAGE %v %x", r, h.Sum(nil))
}
GO
    (cd "$TMP/pictures.src" && GOFLAGS= "$GO" build -o "$TMP/pictures" main.go) || return 1
  fi
  "$TMP/pictures" <"$1" >"$1.pictures" && mv "$1.pictures" "$1"
}

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
  gopath="$GOPATH"
  # golang.org/x/sync from Debian's golang-golang-x-sync-dev, as scripts/go-expected.sh does.
  if grep -q '"golang.org/x/sync/' "$src"; then gopath="$gopath:${XSYNC_GOPATH:-/usr/share/gocode}"; fi
  if ! (cd "$w" && GOPATH="$gopath" "$GO" build -o prog prog.go) 2>"$w/build.err"; then
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
  for f in go1 go2 gp; do pictures "$w/$f.out"; done
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
