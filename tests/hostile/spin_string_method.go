// limit: time
// limits: time=200ms
// exit: 1
// stderr: gopark: time limit of 200ms reached
// gap: String methods called by fmt
package main

import "fmt"

type T struct{ n int }

func (t T) String() string {
	for {
		t.n++
	}
}

func main() {
	fmt.Println(T{1})
}
