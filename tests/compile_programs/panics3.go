package main

import "fmt"

func main() {
	defer fmt.Println("deferred")
	var err = fmt.Sprintf("code %d", 7)
	panic(err)
}
