// GOTRACEBACK=none
// With GOTRACEBACK=none a deadlock prints only the fatal error line.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	go func() { ch <- 2 }()
	fmt.Println(<-ch + <-ch)
	<-ch
}
