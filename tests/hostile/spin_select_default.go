// limit: time
// limits: time=20ms
// exit: 1
// stderr: gopark: time limit of 20ms reached
package main

func main() {
	ch := make(chan int)
	n := 0
	for {
		select {
		case v := <-ch:
			n += v
		default:
			n++
		}
	}
}
