// stdout-prefix: hits
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	done := make(chan int)
	for g := 0; g < 50; g++ {
		go func() {
			hits := 0
			for i := 0; i < 2000; i++ {
				select {
				case ch <- i:
				default:
				}
				select {
				case <-ch:
					hits++
				default:
				}
			}
			done <- hits
		}()
	}
	total := 0
	for g := 0; g < 50; g++ {
		total += <-done
	}
	fmt.Println("hits", total > 0)
}
