package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu = make(chan bool, 1)
	total := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu <- true
			total += i
			<-mu
		}()
	}
	wg.Wait()
	fmt.Println("total:", total)

	counter := func() func() int {
		c := 0
		return func() int {
			c++
			return c
		}
	}()
	fmt.Println(counter(), counter(), counter())
	for i := range 3 {
		f := func() int { return i * 10 }
		fmt.Println(f())
	}
}
