package main

import (
	"fmt"
	"sync"
	"time"
)

type Job struct {
	sync.Mutex
	name string
}

func main() {
	var mu sync.Mutex
	fmt.Println("first:", mu.TryLock())
	fmt.Println("second:", mu.TryLock())
	done := make(chan bool)
	go func() {
		mu.Lock() // waits for main's Unlock
		done <- mu.TryLock()
		mu.Unlock()
	}()
	time.Sleep(10 * time.Millisecond)
	mu.Unlock()
	fmt.Println("goroutine's TryLock while holding:", <-done)
	j := &Job{name: "build"}
	if j.TryLock() {
		fmt.Println("got", j.name)
		j.Unlock()
	}
	var lockers []sync.Locker = []sync.Locker{&mu, &sync.RWMutex{}}
	for _, l := range lockers {
		l.Lock()
		l.Unlock()
	}
	fmt.Println(mu.TryLock())
	var p *sync.Mutex
	defer func() { fmt.Println("recovered:", recover()) }()
	p.TryLock()
}
