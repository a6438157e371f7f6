// limit: goroutines
// exit: 2
// stderr: fatal error: too many goroutines (limit 5000)
package main

func f() {
	go f()
	go f()
	select {}
}

func main() {
	f()
}
