// limit: stack
// exit: 2
// stderr: runtime: goroutine stack exceeds 1048576-byte limit
// gap: String methods called by fmt
package main

import "fmt"

type T int

func (t T) String() string { return fmt.Sprint(t) }

func main() {
	fmt.Println(T(1))
}
