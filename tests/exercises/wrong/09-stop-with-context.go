// A wrong solution: it cancels the context but does not wait for the workers, and a
// worker blocked in its send never sees the cancel. The exercise must reject it.
package main

import (
	"context"
	"fmt"
	"time"
)

func worker(ctx context.Context, id int, results chan<- int) {
	for {
		select {
		case <-ctx.Done():
			fmt.Println("worker", id, "stopped")
			return
		case <-time.After(10 * time.Millisecond):
		}
		results <- id
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	results := make(chan int)
	for id := 1; id <= 3; id++ {
		go worker(ctx, id, results)
	}
	for i := 0; i < 6; i++ {
		<-results
	}
	fmt.Println("enough results")
	cancel()
}
