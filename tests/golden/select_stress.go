package main

import (
	"fmt"
	"sync"
)

func main() {
	a := make(chan int)
	b := make(chan int)
	c := make(chan int, 3)
	quit := make(chan bool)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum := 0
			for {
				select {
				case v := <-a:
					sum += v
				case v := <-b:
					sum += 2 * v
				case v, ok := <-c:
					if ok {
						sum += 3 * v
					}
				case <-quit:
					results <- sum
					return
				}
			}
		}()
	}
	var pw sync.WaitGroup
	for p := 0; p < 3; p++ {
		pw.Add(1)
		go func() {
			defer pw.Done()
			for i := 1; i <= 1000; i++ {
				select {
				case a <- i:
				case b <- i:
				}
				c <- 1
			}
		}()
	}
	pw.Wait()
	close(quit)
	wg.Wait()
	total := 0
	for i := 0; i < 6; i++ {
		total += <-results
	}
	fmt.Println(total >= 3*500500 && total <= 2*3*500500+9000, total > 0)
}
