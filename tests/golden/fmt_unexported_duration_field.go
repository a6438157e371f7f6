package main

import (
	"fmt"
	"time"
)

type W struct {
	d  time.Duration
	ds []time.Duration
	m  time.Month
	wd time.Weekday
	md map[string]time.Duration
	a  [2]time.Duration
	i  interface{}
	D  []time.Duration
}

func main() {
	w := W{time.Second, []time.Duration{time.Millisecond}, time.March, time.Friday, map[string]time.Duration{"a": time.Minute}, [2]time.Duration{1, 2}, time.Hour, []time.Duration{time.Second}}
	fmt.Println(w)
	fmt.Printf("%v|%+v|%s|%d\n", w, w, w, w)
	fmt.Printf("%z %z\n", time.Second, time.March)
	fmt.Println(time.Second, time.March, []time.Month{1})
}
