package main

import (
	"fmt"
	"time"
)

func player(name string, in <-chan int, out chan<- int, done chan<- bool) {
	for ball := range in {
		fmt.Println(name, ball)
		time.Sleep(time.Millisecond)
		if ball == 6 {
			close(out)
			break
		}
		out <- ball + 1
	}
	done <- true
}

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan bool)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 1
	<-done
	<-done
	fmt.Println("game over")
}
