package main

import "fmt"

func main() {
	fmt.Printf("|%08b|%#08b|%-#8x|%#8x|%08o|%#08o|%+08x|%08X|%#O|%010d|%+06d|\n", 5, 5, 255, 255, 8, 8, 255, -255, 8, -42, 7)
}
