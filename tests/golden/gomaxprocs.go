package main

import (
	"fmt"
	"runtime"
)

func main() {
	n := runtime.GOMAXPROCS(0)
	fmt.Println("at least one P:", n >= 1)
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	m := runtime.GOMAXPROCS(0)
	fmt.Println("stable:", n == m)
	runtime.Gosched()
	fmt.Println("after Gosched")
}
