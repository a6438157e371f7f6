package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%s\n", 5)
	fmt.Printf("%t\n", 5)
	fmt.Printf("%d\n", true)
	fmt.Printf("%z\n", 3)
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Println(fmt.Sprintf("%d-%s", 7))
}
