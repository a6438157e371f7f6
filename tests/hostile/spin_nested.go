// limit: time
// limits: time=200ms
// exit: 1
// stderr: gopark: time limit of 200ms reached
package main

func main() {
	s := 0
	for i := 0; ; i++ {
		for j := 0; j < 1000; j++ {
			s += i ^ j
		}
	}
}
