// exit: 2
// stderr: panic: late
// stdout-prefix: before
package main

import "fmt"

func main() {
	fmt.Println("before")
	fmt.Print("partial")
	panic("late")
}
