package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		time.Sleep(20 * time.Millisecond)
		fmt.Println("slow")
	}()
	go func() {
		defer wg.Done()
		fmt.Println("fast")
	}()
	wg.Wait()
	ch := make(chan chan string)
	go func() {
		reply := <-ch
		reply <- "pong"
	}()
	r := make(chan string)
	ch <- r
	fmt.Println(<-r)
	var nilch chan int
	fmt.Println(nilch == nil, ch != nil)
	go fmt.Println("from go stmt")
	time.Sleep(10 * time.Millisecond)
	runtime.Gosched()
	fmt.Println(runtime.NumCPU() > 0)
}
