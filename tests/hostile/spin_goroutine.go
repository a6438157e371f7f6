// limit: time
// limits: time=200ms
// exit: 1
// stderr: gopark: time limit of 200ms reached
package main

func main() {
	done := make(chan bool)
	go func() {
		n := 0
		for {
			n++
		}
		done <- true
	}()
	<-done
}
