package main

import (
	"fmt"
	"sync"
	"time"
)

type Store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *Store) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.data[k]
}

func (s *Store) Set(k string, v int) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func main() {
	s := &Store{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			s.Set(fmt.Sprint("k", i%3), i)
		}()
		go func() {
			defer wg.Done()
			_ = s.Get("k1")
		}()
	}
	wg.Wait()
	fmt.Println(len(s.data))
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	done := make(chan bool)
	go func() {
		rw.Lock()
		fmt.Println("writer in")
		time.Sleep(10 * time.Millisecond)
		rw.Unlock()
		done <- true
	}()
	<-done
	// A writer waiting keeps new readers out; they get in when it unlocks.
	rw.RLock()
	go func() {
		rw.Lock()
		fmt.Println("second writer in")
		rw.Unlock()
		done <- true
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("reader unlocks")
	rw.RUnlock()
	<-done
	fmt.Println("done")
}
