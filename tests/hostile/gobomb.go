// limit: goroutines
// exit: 2
// stderr: fatal error: too many goroutines (limit 5000)
package main

func main() {
	for {
		go func() {
			ch := make(chan int)
			<-ch
		}()
	}
}
