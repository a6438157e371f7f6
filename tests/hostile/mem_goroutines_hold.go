// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

func main() {
	block := make(chan int)
	for i := 0; i < 1000; i++ {
		go func() {
			b := make([]byte, 1<<16)
			b[0] = 1
			<-block
			println(b[0])
		}()
	}
	<-block
}
