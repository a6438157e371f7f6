package main

import "fmt"

func generate(out chan<- int, done <-chan bool, finished chan<- bool) {
	for i := 0; ; i++ {
		select {
		case out <- i:
		case <-done:
			finished <- true
			return
		}
	}
}

func main() {
	nums := make(chan int)
	done := make(chan bool)
	finished := make(chan bool)
	go generate(nums, done, finished)
	for i := 0; i < 5; i++ {
		fmt.Println(<-nums)
	}
	close(done)
	<-finished
}
