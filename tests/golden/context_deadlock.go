package main

import (
	"context"
	"fmt"
)

// A context that nobody cancels: waiting on its Done channel is a deadlock, reported with
// the goroutine parked in "chan receive" as Go reports it.
func main() {
	ctx, cancel := context.WithCancel(context.Background())
	_ = cancel
	fmt.Println("waiting")
	<-ctx.Done()
}
