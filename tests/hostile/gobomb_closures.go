// limit: goroutines
// exit: 2
// stderr: fatal error: too many goroutines (limit 5000)
package main

func main() {
	block := make(chan int)
	for i := 0; ; i++ {
		data := make([]int, 16)
		go func() {
			data[0] = i
			<-block
		}()
	}
}
