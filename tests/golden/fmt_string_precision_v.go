package main

import "fmt"

func main() {
	fmt.Printf("%.3v|%10.4v|%-6.2v|%.0v|\n", "abcdef", "abcdefgh", "héllo", "x")
	fmt.Printf("%.3v %.2v\n", 3.14159, 12345.0)
}
