// limit: time
// limits: time=20ms
// exit: 1
// stderr: gopark: time limit of 20ms reached
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
