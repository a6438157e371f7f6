package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			fmt.Println("worker", id, "stopped")
			return
		case <-time.After(10 * time.Millisecond):
		}
		select {
		case results <- id:
		case <-ctx.Done():
			fmt.Println("worker", id, "stopped")
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	results := make(chan int)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go worker(ctx, id, results, &wg)
	}
	for i := 0; i < 6; i++ {
		<-results
	}
	fmt.Println("enough results")
	cancel()
	wg.Wait()
}
