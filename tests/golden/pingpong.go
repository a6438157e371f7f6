package main

import "fmt"

func player(name string, in chan int, out chan int, done chan bool) {
	for {
		v, ok := <-in
		if !ok {
			done <- true
			return
		}
		fmt.Printf("%s got %d\n", name, v)
		if v >= 10 {
			close(out)
			done <- true
			return
		}
		out <- v + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan bool)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 1
	<-done
	<-done
	fmt.Println("game over")
}
