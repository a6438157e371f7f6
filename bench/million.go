// 1,000,000 goroutines block on one channel, then main closes it and waits for all of them
// to finish: the default goroutine limit must allow a million.
//
// yaegi needs about 10 GB and a minute for this, so scripts/bench.sh skips it unless
// BENCH_ALL=1:
// bench: skip-yaegi
// bench: memory
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 1000000
	ch := make(chan int)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			<-ch
			wg.Done()
		}()
	}
	close(ch)
	wg.Wait()
	fmt.Println("done", n)
}
