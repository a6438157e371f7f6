// sync.Pool with its New field: in a package variable's literal, set on a struct field,
// shared by goroutines, and Get as a method value.
package main

import (
	"bytes"
	"fmt"
	"sync"
)

type Cache struct {
	name string
	pool sync.Pool
}

var bufs = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

func main() {
	c := &Cache{name: "c"}
	c.pool.New = func() any { return 7 }
	fmt.Println(c.pool.Get(), c.pool.Get())
	c.pool.Put(8)
	fmt.Println(c.pool.Get())
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := bufs.Get().(*bytes.Buffer)
			b.Reset()
			b.WriteString("x")
			bufs.Put(b)
		}()
	}
	wg.Wait()
	b := bufs.Get().(*bytes.Buffer)
	fmt.Println(b.Len())
	get := bufs.Get
	fmt.Printf("%T\n", get())
}
