// stdout-prefix: xxxxxxxxxx
package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 6000; i++ {
		s += "xxxxxxxxxx"
	}
	fmt.Print(s)
}
