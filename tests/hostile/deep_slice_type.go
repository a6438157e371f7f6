// stdout-prefix: 0
package main

import "fmt"

func main() {
	var s [][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][]int
	fmt.Println(len(s))
}
