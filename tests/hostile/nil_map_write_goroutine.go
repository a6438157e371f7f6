// exit: 2
// stderr: panic: assignment to entry in nil map
package main

func main() {
	done := make(chan bool)
	var m map[int]bool
	go func() {
		m[1] = true
		done <- true
	}()
	<-done
}
