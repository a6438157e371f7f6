// Goroutines created by other goroutines: "created by main.spawn in goroutine N" and
// closures within closures (main.main.func1.1).
package main

import "fmt"

var block = make(chan int)

func leaf(id int) {
	fmt.Println("leaf", id, <-block)
}

func spawn(n int) {
	for i := 0; i < n; i++ {
		go leaf(i)
	}
	<-block
}

func main() {
	started := make(chan bool)
	go func() {
		go func() {
			started <- true
			<-block
		}()
		go spawn(2)
		<-block
	}()
	<-started
	<-block
}
