package main

import (
	"fmt"
	"time"
)

func main() {
	tick := time.Tick(20 * time.Millisecond) // a channel that receives every 20 ms
	stop := time.After(110 * time.Millisecond)
	ticks := 0
	for {
		select {
		case <-tick:
			ticks++
			fmt.Println("tick", ticks)
		case <-stop:
			fmt.Println("stop after", ticks, "ticks")
			return
		}
	}
}
