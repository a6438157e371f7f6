// A panic in func init (main.init.0 in Go's traceback; main.main has not started).
package main

import "fmt"

var ready = true

func init() {
	fmt.Println("init", ready)
}

func init() {
	var m map[string]bool
	m["x"] = ready
}

func main() {
	fmt.Println("main")
}
