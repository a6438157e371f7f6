package main

import (
	"fmt"
	"os"
)

func main() {
	f, err := os.Open("no/such/file.txt")
	fmt.Println(f == nil)
	if err != nil {
		panic(err)
	}
}
