// runtime.MemStats, ReadMemStats, GC (a collection runs before it returns) and
// MemProfileRate, a variable programs set.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	buf  []byte
}

func main() {
	runtime.MemProfileRate = 1
	fmt.Println(runtime.MemProfileRate)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.NumGC
	var keep *node
	for i := 0; i < 1000; i++ {
		keep = &node{keep, make([]byte, 100)}
	}
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println(m.NumGC > before, m.Alloc > 0, m.TotalAlloc >= m.Alloc, m.Sys >= m.HeapAlloc, m.Mallocs >= m.Frees, m.HeapObjects > 0, m.EnableGC)
	fmt.Printf("%T %T\n", m.NumGC, m.Alloc)
	keep = nil
	runtime.GC()
	var m2 runtime.MemStats
	runtime.ReadMemStats(&m2)
	fmt.Println(m2.Frees > m.Frees, m2.NumGC > m.NumGC, runtime.NumCPU() > 0)
	_ = keep
}
