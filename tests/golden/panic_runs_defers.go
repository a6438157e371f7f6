package main

import "fmt"

func f() {
	defer fmt.Println("deferred in f")
	panic("boom")
}

func main() {
	defer fmt.Println("deferred in main")
	f()
}
