// exit: 2
// stderr: panic: stop
// stderr-has: goroutine 1 [running]:
package main

func main() {
	for i := 0; i < 10; i++ {
		go func() {
			for {
			}
		}()
	}
	s := 0
	for i := 0; i < 100000; i++ {
		s += i
	}
	panic("stop")
}
