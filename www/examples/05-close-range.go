package main

import "fmt"

func main() {
	words := make(chan string, 2)
	go func() {
		for _, w := range []string{"close", "ends", "the", "range"} {
			words <- w
		}
		close(words) // without this, the range below would wait forever: a deadlock
	}()
	for w := range words {
		fmt.Println(w)
	}
	v, ok := <-words
	fmt.Printf("after close: %q, ok=%v\n", v, ok)
}
