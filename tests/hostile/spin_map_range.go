// limit: time
// limits: time=20ms
// exit: 1
// stderr: gopark: time limit of 20ms reached
package main

func main() {
	m := map[int]int{1: 1, 2: 2, 3: 3}
	s := 0
	for {
		for k, v := range m {
			s += k * v
		}
	}
}
