package main

import (
	"fmt"
	"sync"
)

type Service struct {
	startOnce sync.Once
	stopOnce  sync.Once
	log       []string
	mu        sync.Mutex
}

func (s *Service) record(msg string) {
	s.mu.Lock()
	s.log = append(s.log, msg)
	s.mu.Unlock()
}

func (s *Service) Start() { s.startOnce.Do(func() { s.record("started") }) }
func (s *Service) Stop()  { s.stopOnce.Do(func() { s.record("stopped") }) }

func main() {
	s := &Service{}
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Start()
			defer s.Stop()
		}()
	}
	wg.Wait()
	fmt.Println(s.log)

	var once sync.Once
	done := make(chan bool)
	hello := func() { fmt.Println("hello once"); done <- true }
	go once.Do(hello)
	<-done
	func() {
		defer once.Do(func() { fmt.Println("never") })
	}()
	var o2 sync.Once
	func() {
		defer o2.Do(func() { fmt.Println("deferred Do runs at return") })
		fmt.Println("body first")
	}()
	do := o2.Do
	do(func() { fmt.Println("never") })
	fmt.Println("end")
}
