package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// worker ticks every 10ms until its context is done, then says why it stopped.
func worker(ctx context.Context, name string, wg *sync.WaitGroup) {
	defer wg.Done()
	ticks := 0
	for {
		select {
		case <-ctx.Done():
			fmt.Printf("%s stopped after %d ticks: %v\n", name, ticks, ctx.Err())
			return
		case <-time.After(10 * time.Millisecond):
			ticks++
		}
	}
}

func main() {
	// The whole job gets 55ms: when the deadline passes, the runtime's timer cancels ctx.
	ctx, cancel := context.WithTimeout(context.Background(), 55*time.Millisecond)
	defer cancel()
	var wg sync.WaitGroup
	wg.Add(3)
	go worker(ctx, "A", &wg)
	go worker(ctx, "B", &wg)
	// A child context: canceled on its own by cancelChild, or with its parent.
	child, cancelChild := context.WithCancel(ctx)
	go worker(child, "C", &wg)
	time.Sleep(25 * time.Millisecond)
	cancelChild()
	wg.Wait()
	fmt.Println("all stopped")
}
