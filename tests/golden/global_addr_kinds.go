// Pointers to package variables of every kind: a named int with pointer methods, slices, maps,
// strings, a pointer made in an initializer, a closure changing one, atomic on an int32.
package main

import (
	"fmt"
	"sync/atomic"
)

type Counter int

func (c *Counter) Inc() { *c++ }

var hits Counter
var names = []string{"a", "b"}
var limit = 10
var plimit = &limit
var table = map[string]int{"x": 1}
var greeting string
var ready int32

func init() {
	*plimit = 20
	greeting = "hello"
	atomic.StoreInt32(&ready, 1)
}

func bump(p *int) { *p++ }

func main() {
	hits.Inc()
	hits.Inc()
	bump(&limit)
	ps := &names
	*ps = append(*ps, "c")
	pm := &table
	(*pm)["y"] = 2
	pg := &greeting
	*pg += ", world"
	f := func() { limit *= 2 }
	f()
	fmt.Println(hits, limit, *plimit, names, len(table), greeting, atomic.LoadInt32(&ready))
	var q *Counter = &hits
	q.Inc()
	fmt.Println(hits, *q)
}
