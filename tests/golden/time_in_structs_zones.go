package main

import (
	"fmt"
	"time"
)

type Event struct {
	Name string
	At   time.Time
	Dur  time.Duration
	Loc  *time.Location
}

func main() {
	z := time.FixedZone("PST", -8*3600)
	e := Event{"launch", time.Date(2023, 5, 6, 7, 8, 9, 0, z), 90 * time.Minute, z}
	fmt.Println(e)
	fmt.Printf("%v\n%+v\n", e, e)
	fmt.Printf("%s|%v|%d\n", e.At, e.Dur, e.Dur)
	fmt.Println(e.At.UTC(), e.At.Location(), e.Loc.String())
	fmt.Printf("%-10v|%10v|\n", e.Loc, time.UTC)
	fmt.Println([]time.Time{e.At, e.At.Add(time.Hour)})
	fmt.Println(map[string]time.Duration{"a": time.Second, "b": 1500 * time.Microsecond})
	y, m, d := e.At.Date()
	h, mi, s := e.At.Clock()
	fmt.Println(y, m, d, h, mi, s)
}
