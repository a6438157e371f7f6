// GOTRACEBACK=none
// A weighted semaphore bounding workers (as x/sync's own example does), then its rules:
// waiters are served in order, a context ends a wait, and releasing too much panics.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/semaphore"
)

// collatzSteps counts the steps from n down to 1.
func collatzSteps(n int) int {
	steps := 0
	for n > 1 {
		steps++
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
	}
	return steps
}

func workers() {
	ctx := context.TODO()
	const maxWorkers = 4
	sem := semaphore.NewWeighted(maxWorkers)
	var mu sync.Mutex
	running, most := 0, 0
	out := make([]int, 24)
	for i := range out {
		if err := sem.Acquire(ctx, 1); err != nil {
			fmt.Println("acquire:", err)
			break
		}
		go func() {
			defer sem.Release(1)
			mu.Lock()
			running++
			most = max(most, running)
			mu.Unlock()
			time.Sleep(2 * time.Millisecond)
			out[i] = collatzSteps(i + 1)
			mu.Lock()
			running--
			mu.Unlock()
		}()
	}
	// Taking the whole weight waits for every worker to finish.
	if err := sem.Acquire(ctx, maxWorkers); err != nil {
		fmt.Println("acquire all:", err)
	}
	fmt.Println(out)
	fmt.Println("most workers at once:", most)
}

func order() {
	sem := semaphore.NewWeighted(10)
	ctx := context.Background()
	sem.Acquire(ctx, 8)
	fmt.Printf("%T holds 8 of 10\n", sem)
	var log []string
	var mu sync.Mutex
	var wg sync.WaitGroup
	// A waiter for 5 comes first; a later one for 1 waits behind it although 1 is free.
	for i, n := range []int64{5, 1} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire(ctx, n)
			mu.Lock()
			log = append(log, fmt.Sprint("got ", n))
			mu.Unlock()
		}()
		time.Sleep(time.Duration(10*(i+1)) * time.Millisecond)
	}
	fmt.Println("TryAcquire(1) with waiters:", sem.TryAcquire(1), log)
	sem.Release(2)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("after releasing 2:", log)
	sem.Release(1)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("after releasing 1 more:", log)
	sem.Release(1)
	wg.Wait()
	fmt.Println("after releasing another:", log)
	sem.Release(10)
	fmt.Println("TryAcquire(10):", sem.TryAcquire(10), "TryAcquire(1):", sem.TryAcquire(1))
}

func contexts() {
	sem := semaphore.NewWeighted(2)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	fmt.Println("more than the size:", sem.Acquire(ctx, 3))
	fmt.Println("now free:", sem.Acquire(context.Background(), 2))

	ctx, cancel = context.WithCancel(context.Background())
	go func() {
		time.Sleep(20 * time.Millisecond)
		cancel()
	}()
	fmt.Println("while held:", sem.Acquire(ctx, 1))
	sem.Release(2)
	fmt.Println("TryAcquire(2) after the canceled wait:", sem.TryAcquire(2))
	sem.Release(1)
	sem.Release(1)
	fmt.Println("released all")
	sem.Release(1)
}

func main() {
	workers()
	order()
	contexts()
}
