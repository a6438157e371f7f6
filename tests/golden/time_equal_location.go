package main

// == on time.Time compares the instant and the Location (Go compares wall, ext and loc),
// in structs, interfaces and map keys too; Equal compares instants.

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	loc := time.FixedZone("X", 3600)
	tl := t.In(loc)
	fmt.Println(t == tl, t.Equal(tl), t == tl.UTC(), t.In(time.UTC) == t)
	l := t.Local()
	fmt.Println(l == t, l.Equal(t), l.UTC() == t, l.Location(), l == l.In(time.Local))
	u := time.Unix(1700000000, 5)
	fmt.Println(u == u.UTC(), u.Equal(u.UTC()), u.UTC() == u.UTC())
	m := map[time.Time]int{t: 1}
	m[tl] = 2
	m[t.UTC()] = 3
	fmt.Println(len(m), m[t])
	type S struct{ T time.Time }
	fmt.Println(S{t} == S{tl}, S{t} == S{t.UTC()})
	var z time.Time
	fmt.Println(z == time.Time{}, z.IsZero(), z == z.UTC())
	a := [2]time.Time{t, tl}
	b := [2]time.Time{t, tl}
	fmt.Println(a == b)
	var i1, i2 any = t, tl
	fmt.Println(i1 == i2, i1 == any(t.UTC()))
	t2 := t.Add(0)
	fmt.Println(t2 == t, t.Round(0) == t, t.Truncate(time.Hour) == t)
}

func init() {
	t := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	z := time.FixedZone("Z", 0)
	tz := t.In(z)
	fmt.Println(t == tz, t.Equal(tz), tz == t.In(z), tz == t.In(time.FixedZone("Z", 0)))
	l := t.In(time.Local)
	fmt.Println(l == t, l == t.Local(), l.UTC() == t, l != t)
	type S struct{ T time.Time }
	fmt.Println(S{t} == S{tz}, S{t} == S{t})
	var i1, i2 any = t, tz
	fmt.Println(i1 == i2, i1 == any(tz.UTC()))
	ch := make(chan time.Time, 1)
	ch <- tz
	fmt.Println(<-ch == t)
	m := map[any]int{t: 1, tz: 2, tz.UTC(): 3, S{t}: 4, S{tz}: 5}
	fmt.Println(len(m), m[t], m[tz], m[S{tz}])
	ms := map[S]int{{t}: 1, {tz}: 2, {tz.UTC()}: 3}
	fmt.Println(len(ms), ms[S{t}])
}
