// limit: time
// limits: time=200ms
// exit: 1
// stderr: gopark: time limit of 200ms reached
package main

func main() {
	a, b := make(chan int), make(chan int)
	go func() {
		for v := range a {
			b <- v + 1
		}
	}()
	v := 0
	for {
		a <- v
		v = <-b
	}
}
