package main

import (
	"fmt"
	"time"
)

func main() {
	var t time.Time
	fmt.Println(t, t.IsZero(), t.Year())
	u := time.Date(2020, 2, 29, 12, 0, 0, 0, time.UTC)
	fmt.Println(u, u.IsZero(), u.Unix())
	t2, err := time.Parse("2006-01-02 15:04", "2024-06-01 09:30")
	fmt.Println(t2, err, t2.Sub(u))
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(err)
	c := time.After(time.Millisecond)
	v := <-c
	fmt.Println(v.IsZero(), v.Year() > 2000)
}
