// runtime.GOOS and runtime.GOARCH: typed string constants of the platform the playground runs on
// (A Tour of Go's switch lesson).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Print("Go runs on ")
	switch os := runtime.GOOS; os {
	case "darwin":
		fmt.Println("OS X.")
	case "linux":
		fmt.Println("Linux.")
	default:
		fmt.Printf("%s.\n", os)
	}
	fmt.Printf("%T %v %s\n", runtime.GOOS, runtime.GOARCH, runtime.GOOS+"/"+runtime.GOARCH)
	const x = runtime.GOOS
	var s string = x
	fmt.Println(len(s))
}
