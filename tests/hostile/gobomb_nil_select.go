// limit: goroutines
// exit: 2
// stderr: fatal error: too many goroutines (limit 5000)
package main

func main() {
	var a, b chan int
	for {
		go func() {
			select {
			case <-a:
			case b <- 1:
			}
		}()
	}
}
