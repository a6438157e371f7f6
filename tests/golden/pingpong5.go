package main

import "fmt"

func main() {
	ping := make(chan string)
	pong := make(chan string)
	go func() {
		for i := 0; i < 5; i++ {
			msg := <-ping
			fmt.Println("ponger received", msg, i)
			pong <- "pong"
		}
	}()
	for i := 0; i < 5; i++ {
		ping <- "ping"
		msg := <-pong
		fmt.Println("pinger received", msg, i)
	}
	fmt.Println("done")
}
