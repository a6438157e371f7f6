// gopark: faketime

package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(500 * time.Millisecond)
	for i := 0; i < 2; i++ {
		t := <-tk.C
		fmt.Println("Tick at", t, t.Location(), t.Location() == time.Local, t.Sub(start).Round(time.Millisecond))
	}
	tk.Stop()
	v := <-time.After(10 * time.Millisecond)
	fmt.Println(v, v.Round(0), v == v.Round(0), v.Equal(v.Round(0)), v.UTC(), v.Truncate(time.Second))
	fmt.Println(start.AddDate(0, 0, 1), start.Add(-2*time.Second), start.In(time.UTC), start.Local())
	fmt.Printf("%v|%s|%+v\n", start, start, struct{ T time.Time }{start})
}

func init() {
	// The first reading of the playground's clock.
	fmt.Println(time.Now())
	fmt.Println(time.Now().Round(0), time.Since(time.Now()))
}
