// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

func main() {
	done := make(chan bool)
	go func() {
		var s [][]byte
		for {
			s = append(s, make([]byte, 1<<16))
		}
		done <- true
	}()
	<-done
}
