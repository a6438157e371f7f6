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
	go sleeper("c", 45, out)
	go sleeper("a", 5, out)
	go sleeper("b", 25, out)
	for range 3 {
		fmt.Print(<-out)
	}
	fmt.Println()
}
