// A panic deep in a goroutine that another goroutine created: only the panicking
// goroutine is listed (GOTRACEBACK=single), with its creator's id.
package main

import "fmt"

func check(v int) {
	if v > 2 {
		panic(fmt.Sprintf("bad value %d", v))
	}
}

func work(id int, done chan bool) {
	for i := 0; i < 5; i++ {
		check(i * id)
	}
	done <- true
}

func main() {
	done := make(chan bool)
	go func() {
		go work(3, done)
		<-done
	}()
	<-done
}
