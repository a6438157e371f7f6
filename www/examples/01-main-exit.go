package main

import (
	"fmt"
	"time"
)

func say(who string, times int, every time.Duration) {
	for i := 1; i <= times; i++ {
		fmt.Println(who, i)
		time.Sleep(every)
	}
}

func main() {
	go say("goroutine", 5, 25*time.Millisecond) // started, but nobody waits for it
	say("main", 3, 10*time.Millisecond)
	// main returns here: the program ends at once, and the goroutine with it,
	// whether or not it has printed its last line.
	fmt.Println("main returns")
}
