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
# NAME.args (one line, split at spaces) holds the program's arguments and NAME.stdin its
# standard input (otherwise /dev/null); the binary runs as /tmp/prog (os.Args[0], which
# flag's messages print), the name gopark gives prog.go.
#
# A line `// GOTRACEBACK=all` (or none, single) in the program sets that variable for the
# run; tests/golden.rs sets gopark's `Limits::traceback` from the same line.
#
# A program that imports golang.org/x/tour/... (A Tour of Go's tree, reader, wc, pic) is built
# in GOPATH mode with a temporary GOPATH holding those packages, exported from the x/tour git
# repository $TOUR_REPO (default /work/.mirror/golang+tour/repo; see scripts/x-tour.sh).
# They are never copied into this repository.
#
# A program that imports golang.org/x/sync/... (errgroup, semaphore, singleflight) is built
# with $XSYNC_GOPATH (default /usr/share/gocode, Debian's golang-golang-x-sync-dev) added to
# its GOPATH. That is x/sync 0.1.0, whose errgroup cancels WithContext's context without a
# cause; gopark follows the current x/sync (the first error is context.Cause), so a golden
# must not print the cause.
#
# A line `// gopark: faketime` builds the program with Go's faketime tag (the Go playground's
# clock: 2009-11-10 23:00:00 UTC at the start, moving only while every goroutine sleeps);
# the playback records it writes are decoded back to plain output. tests/golden.rs compares
# such a program in deterministic mode only.
#
# NAME.go123, when present, is what Go runs instead of NAME.go (see below).
#
# Files written:
#   NAME.out        exact stdout (empty for compile errors)
#   NAME.exit       exit status, only when non-zero (1 for compile errors)
#   NAME.err        the whole stderr, only when non-empty, with what depends on the machine
#                   or on Go's compiler taken out:
#                   - compile errors: the `prog.go:L:C: msg` lines (no "# command-line-arguments",
#                     positions inside messages without the directory,
#                     no "./" prefix, on a message's own line or on its indented
#                     "other declaration" line);
#                   - goroutine dumps (after the first "goroutine N [" line): a frame's
#                     argument words become "(...)" ("main.f(0xc000012345?, 0x3)" ->
#                     "main.f(...)"; "main.f()" stays), the directory of prog.go goes
#                     ("\t/tmp/x/prog.go:12" -> "\tprog.go:12"), Go's GOROOT becomes
#                     /usr/local/go, and pc offsets (" +0x1d") go;
#                   - a "[signal SIGSEGV: ...]" line gets pc=0x0, as gopark prints it.
#                   Goroutine ids stay Go's; tests/golden.rs compares them by order of
#                   appearance (see there).
#   NAME.errprefix  instead of NAME.err, for a stack overflow: "runtime: goroutine stack
#                   exceeds " only (the limit is gopark's own setting, and Go's next lines
#                   hold addresses and runtime frames).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
GOLDEN="$ROOT/tests/golden"
GO="${GO:-}"
if [ -z "$GO" ]; then
  if [ -x /usr/lib/go-1.23/bin/go ]; then GO=/usr/lib/go-1.23/bin/go; else GO="$(command -v go)"; fi
fi
GOROOT_DIR="$("$GO" env GOROOT)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
. "$ROOT/scripts/x-tour.sh"
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
  # A program using a function newer than Go 1.23 (strings.SplitSeq is 1.24) comes with
  # NAME.go123: the same program with those functions written out from their documentation.
  # Go 1.23 runs that one; gopark runs NAME.go, and both must print the same.
  if [ -f "$GOLDEN/$name.go123" ]; then cp "$GOLDEN/$name.go123" "$work/prog.go"; fi
  rm -f "$GOLDEN/$name.exit" "$GOLDEN/$name.err" "$GOLDEN/$name.errprefix"
  gopath="$GOPATH"
  if imports_x_tour "$src"; then
    gopath="$TMP/tourpath"
    tour_gopath "$gopath"
  fi
  if grep -q '"golang.org/x/sync/' "$src"; then gopath="$gopath:${XSYNC_GOPATH:-/usr/share/gocode}"; fi
  tags=()
  faketime=0
  if grep -qx '// gopark: faketime' "$src"; then tags=(-tags faketime); faketime=1; fi
  if ! (cd "$work" && GOPATH="$gopath" "$GO" build "${tags[@]}" -o prog prog.go) 2>"$work/build.err"; then
    : >"$GOLDEN/$name.out"
    echo 1 >"$GOLDEN/$name.exit"
    # A message may name another position in the file with its full path ("cannot infer
    # T (/tmp/x/prog.go:3:11)"): gopark names the file as given.
    grep -v '^#' "$work/build.err" | sed 's|^\./||; s|^\t\./prog\.go:|\tprog.go:|; s|(/[^ ]*/prog\.go:|(prog.go:|g' >"$GOLDEN/$name.err"
    echo "$name: compile error"
    continue
  fi
  traceback="$(sed -n 's|^// GOTRACEBACK=\([a-z]*\)$|\1|p' "$src" | head -1)"
  set +e
  # GOPATH mode (GO111MODULE=off) gives a program Go 1.20's GODEBUG defaults; timers must
  # behave as Go 1.23's (synchronous channels, no stale value after Stop or Reset).
  args=()
  [ -f "$GOLDEN/$name.args" ] && read -r -a args <"$GOLDEN/$name.args"
  stdin=/dev/null
  [ -f "$GOLDEN/$name.stdin" ] && stdin="$GOLDEN/$name.stdin"
  (cd "$work" && GODEBUG=asynctimerchan=0 GOTRACEBACK="${traceback:-single}" timeout 60 bash -c 'exec -a /tmp/prog ./prog "$@"' prog "${args[@]}" <"$stdin" >"$work/stdout" 2>"$work/stderr")
  code=$?
  set -e
  if [ "$faketime" = 1 ]; then
    # Each write is a record: "\0\0PB", 8 bytes of time, a 4-byte big-endian length, data.
    for fd in stdout stderr; do
      python3 -c '
import sys, struct
b = open(sys.argv[1], "rb").read(); out = bytearray(); i = 0
while i < len(b):
    assert b[i:i+4] == b"\0\0PB", "not a playback record"
    n = struct.unpack(">I", b[i+12:i+16])[0]; out += b[i+16:i+16+n]; i += 16 + n
open(sys.argv[1], "wb").write(out)' "$work/$fd"
    done
  fi
  cp "$work/stdout" "$GOLDEN/$name.out"
  if [ "$code" -ne 0 ]; then echo "$code" >"$GOLDEN/$name.exit"; fi
  if [ -s "$work/stderr" ]; then
    if grep -q '^runtime: goroutine stack exceeds ' "$work/stderr"; then
      printf 'runtime: goroutine stack exceeds ' >"$GOLDEN/$name.errprefix"
    else
      awk -v goroot="$GOROOT_DIR" '
        /^\[signal / && !dump { sub(/ pc=0x[0-9a-f]+\]/, " pc=0x0]") }
        /^goroutine [0-9]+ \[/ { dump = 1 }
        dump && /^\t/ {
          sub(/ \+0x[0-9a-f]+$/, "")
          if (index($0, "\t" goroot "/") == 1) {
            $0 = "\t/usr/local/go/" substr($0, length(goroot) + 3)
          } else {
            sub(/^\t.*\/prog\.go:/, "\tprog.go:")
          }
        }
        dump && /^[^\t]/ && /\([^()]+\)$/ { sub(/\([^()]+\)$/, "(...)") }
        { print }
      ' "$work/stderr" >"$GOLDEN/$name.err"
    fi
  fi
  echo "$name: exit $code"
done
