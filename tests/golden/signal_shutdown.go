// A graceful-shutdown pattern: workers stop on a signal or when their work is done. No
// signal comes to a playground program, so the work finishes first.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

func main() {
	fmt.Println(os.Interrupt, os.Kill, syscall.SIGTERM, syscall.SIGHUP, syscall.Signal(99))
	var s os.Signal = syscall.SIGUSR1
	fmt.Printf("%v %d %T %T\n", s, syscall.SIGINT, s, os.Interrupt)

	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sigs)
	done := make(chan bool)
	go func() {
		time.Sleep(20 * time.Millisecond)
		done <- true
	}()
	select {
	case sig := <-sigs:
		fmt.Println("got", sig)
	case <-done:
		fmt.Println("work done")
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	var wg sync.WaitGroup
	results := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			select {
			case <-ctx.Done():
				fmt.Println("worker", id, "interrupted")
			case <-time.After(time.Duration(id) * 10 * time.Millisecond):
				results <- id * id
			}
		}(i)
	}
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum", sum, ctx.Err())
	stop()
	fmt.Println(ctx.Err())
}
