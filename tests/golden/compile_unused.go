package main

import (
	"fmt"
	"time"
)

func main() {
	a := 1
	fmt.Println("hi")
}
