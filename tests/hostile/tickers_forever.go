// limit: time
// exit: 1
// stderr: gopark: time limit of 1s reached
// stdout-prefix: waiting
// Found by the fuzz smoke test: a ticker nobody stops or reads keeps virtual time moving
// while main waits forever (Go reports no deadlock while a timer is pending), and no
// goroutine runs, so the time limit must hold without a chunk ending (deterministic mode ran
// forever).
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	fmt.Println("waiting")
	<-make(chan int)
}
