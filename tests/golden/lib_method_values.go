package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"time"
)

type S struct {
	sync.Mutex
	n int
}

// Methods of library types used as values (`done := wg.Done`) and method expressions
// (`(*sync.WaitGroup).Done`), and package functions as values.
func main() {
	var counter int
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			done := wg.Done
			defer done()
			lock := mu.Lock
			lock()
			counter++
			mu.Unlock()
		}()
	}
	wg.Wait()
	p := fmt.Println
	p("counter", counter)
	up := strings.ToUpper
	p(up("abc"))
	add := (*sync.WaitGroup).Add
	add(&wg, 2)
	go (*sync.WaitGroup).Done(&wg)
	done := (*sync.WaitGroup).Done
	go done(&wg)
	wg.Wait()
	var s S
	lk := s.Lock
	lk()
	s.n++
	unl := s.Unlock
	unl()
	fmt.Println(s.n)
	var c = sync.NewCond(&s)
	wait := c.Wait
	ready := false
	go func() { s.Lock(); ready = true; s.Unlock(); c.Broadcast() }()
	s.Lock()
	for !ready {
		wait()
	}
	s.Unlock()
	fmt.Println("ready")
	d := 1500 * time.Millisecond
	str := d.String
	fmt.Println(str())
	var bb bytes.Buffer
	fp := fmt.Fprintf
	fp(&bb, "%d-%s", 7, "x")
	wl := bb.WriteByte
	wl('!')
	fmt.Println(bb.String())
	var sb strings.Builder
	ws := (*strings.Builder).WriteString
	ws(&sb, "hi")
	fmt.Println(sb.String(), sb.Len())
	fs := []func(){wg.Wait}
	fs[0]()
	t := time.NewTimer(time.Hour)
	stop := t.Stop
	fmt.Println(stop(), stop())
	var once sync.Once
	od := (*sync.Once).Do
	od(&once, func() { fmt.Println("once") })
	od(&once, func() { fmt.Println("twice") })
	var rw sync.RWMutex
	rl, ru := rw.RLock, rw.RUnlock
	rl()
	ru()
	fmt.Println("end")
	var nilwg *sync.WaitGroup
	f := nilwg.Done
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}
