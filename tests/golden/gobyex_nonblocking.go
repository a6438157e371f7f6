// Go by Example: Non-Blocking Channel Operations, plus the cases taken when a
// channel is ready.
package main

import "fmt"

func main() {
	messages := make(chan string)
	signals := make(chan bool)

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}

	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}

	// The same with buffered channels, where the operations can proceed.
	buf := make(chan string, 1)
	select {
	case buf <- "hello":
		fmt.Println("sent hello")
	default:
		fmt.Println("no message sent")
	}
	select {
	case buf <- "again":
		fmt.Println("sent again")
	default:
		fmt.Println("buffer full")
	}
	select {
	case m, ok := <-buf:
		fmt.Println("received", m, ok)
	default:
		fmt.Println("no message received")
	}
	close(buf)
	select {
	case m, ok := <-buf:
		fmt.Printf("received %q %v\n", m, ok)
	default:
		fmt.Println("no message received")
	}
}
