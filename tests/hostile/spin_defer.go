// limit: time
// limits: time=200ms
// exit: 1
// stderr: gopark: time limit of 200ms reached
package main

func main() {
	defer func() {
		for {
		}
	}()
	x := 1
	_ = x
}
