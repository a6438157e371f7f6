// limit: output
// exit: 1
// stderr: gopark: output limit of 64KiB reached
package main

import "fmt"

func main() {
	for g := 0; g < 10; g++ {
		go func() {
			for i := 0; ; i++ {
				fmt.Println("goroutine", g, "line", i)
			}
		}()
	}
	select {}
}
