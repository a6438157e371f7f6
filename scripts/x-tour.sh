# Sourced by go-expected.sh and yardstick.sh: A Tour of Go's packages for real Go.
#
# Tour programs import golang.org/x/tour/{tree,reader,wc,pic}, which gopark writes in Go itself
# (src/lang/prelude/); Go needs x/tour's own source on a GOPATH. It is exported from the git
# repository $TOUR_REPO (a bare repository or a checkout; default the mirror below) into a
# temporary GOPATH, never into this repository.

TOUR_REPO="${TOUR_REPO:-/work/.mirror/golang+tour/repo}"

# imports_x_tour FILE: whether the Go program FILE imports a golang.org/x/tour package.
imports_x_tour() {
  grep -q '"golang.org/x/tour/' "$1"
}

# tour_gopath GOPATH: puts x/tour's packages under GOPATH/src/golang.org/x/tour (once).
tour_gopath() {
  local dst="$1/src/golang.org/x/tour"
  [ -d "$dst/tree" ] && return 0
  mkdir -p "$dst"
  if [ -d "$TOUR_REPO/tree" ]; then
    cp -r "$TOUR_REPO"/tree "$TOUR_REPO"/reader "$TOUR_REPO"/wc "$TOUR_REPO"/pic "$dst"/
  elif ! git -C "$TOUR_REPO" archive HEAD tree reader wc pic | tar -x -C "$dst"; then
    echo "x-tour.sh: cannot export golang.org/x/tour from $TOUR_REPO (set TOUR_REPO)" >&2
    return 1
  fi
}
