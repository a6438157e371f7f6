// limit: time
// limits: time=200ms
// exit: 1
// stderr: gopark: time limit of 200ms reached
package main

func spin(id int) {
	x := id
	for {
		x = x*31 + 7
	}
}

func main() {
	for i := 0; i < 100; i++ {
		go spin(i)
	}
	select {}
}
