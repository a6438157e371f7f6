package main

import (
	"fmt"
	"time"
)

func sleeper(name string, ms int, out chan string) {
	time.Sleep(time.Duration(ms) * time.Millisecond)
	out <- name
}

func main() {
	out := make(chan string)
	go sleeper("thirty", 30, out)
	go sleeper("ten", 10, out)
	go sleeper("twenty", 20, out)
	for range 3 {
		fmt.Println(<-out)
	}
}
