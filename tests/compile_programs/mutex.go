package main

import (
	"fmt"
	"sync"
)

type Counter = int

var total int
var gmu sync.Mutex

func add(mu *sync.Mutex, n *int, k int) {
	mu.Lock()
	defer mu.Unlock()
	*n += k
}

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			count++
			mu.Unlock()
			gmu.Lock()
			total += i
			gmu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(count, total)
	n := 0
	for k := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			add(&mu, &n, k)
		}()
	}
	wg.Wait()
	fmt.Println(n)
	mu.Lock()
	done := make(chan bool)
	go func() {
		mu.Lock()
		fmt.Println("second locker got it")
		mu.Unlock()
		done <- true
	}()
	fmt.Println("main unlocks")
	mu.Unlock()
	<-done
}
