package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type counter struct {
	mu sync.RWMutex
	n  atomic.Int32
	wg sync.WaitGroup
}

type stats struct {
	hits atomic.Int64
	name string
}

func bump(c atomic.Int64) int64 { return c.Add(100) }

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	fmt.Println(&buf)
	fmt.Printf("%v|%s|%q|%10s|\n", &buf, &buf, &buf, &buf)
	var sb strings.Builder
	sb.WriteString("world")
	fmt.Println(&sb, sb.String())
	fmt.Printf("[%v] [%s]\n", &sb, &sb)
	var empty bytes.Buffer
	var nilBuf *bytes.Buffer
	fmt.Printf("[%v] [%v]\n", &empty, nilBuf)
	fmt.Println([]any{&buf, &sb})

	var wg sync.WaitGroup
	var mu sync.Mutex
	var rw sync.RWMutex
	fmt.Printf("%v\n%v\n%v\n", wg, mu, rw)
	fmt.Printf("%+v\n%+v\n%+v\n", mu, wg, rw)
	fmt.Println(&mu, &wg)
	wg.Add(3)
	mu.Lock()
	fmt.Println(wg, mu)
	rw.RLock()
	rw.RLock()
	fmt.Println(rw)
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	fmt.Println(rw)
	rw.Unlock()
	wg.Add(-3)
	mu.Unlock()

	var a atomic.Int64
	a.Store(5)
	fmt.Println(&a, a.Load())
	fmt.Printf("%v %+v %v %+v\n", &atomic.Int32{}, &atomic.Bool{}, &atomic.Uint64{}, &atomic.Uint32{})
	var ab atomic.Bool
	ab.Store(true)
	var neg atomic.Int32
	neg.Store(-7)
	var big atomic.Uint64
	big.Store(1 << 63)
	fmt.Printf("%v %v %v\n", &ab, &neg, &big)

	b := a
	b.Add(10)
	fmt.Println("copy:", a.Load(), b.Load(), bump(a), a.Load())
	var c atomic.Int64
	c = a
	c.Add(1)
	p := &a
	d := *p
	d.Add(2)
	fmt.Println("assign:", a.Load(), c.Load(), d.Load())

	var s1 stats
	s1.name = "s1"
	s1.hits.Add(3)
	s2 := s1
	s2.hits.Add(4)
	fmt.Println(s1.hits.Load(), s2.hits.Load())
	fmt.Printf("%v %+v\n", s1, s2)

	var k counter
	k.n.Store(9)
	k.mu.Lock()
	k2 := k
	k2.mu.Unlock()
	k2.n.Add(1)
	fmt.Println(k.mu.TryLock(), k2.mu.TryLock(), k.n.Load(), k2.n.Load())
	fmt.Printf("%v\n%+v\n", k, &k2)

	var b1 bytes.Buffer
	b1.WriteString("one")
	b2 := b1
	b2.WriteString("+two")
	fmt.Println(b1.String(), b2.String(), b1.Len(), b2.Len())
	var sb1 strings.Builder
	sb2 := sb1
	sb2.WriteString("fresh")
	fmt.Printf("%q %q\n", sb1.String(), sb2.String())
}
