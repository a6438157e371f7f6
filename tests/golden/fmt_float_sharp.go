package main

import "fmt"

func main() {
	for _, f := range []float64{2, 100, 0, 1.5, 123456, 1e-5, 1e21, 0.1, -3} {
		fmt.Printf("%#g|%#.3g|%#G|%#e|%#.0e|%#f|%#.0f|%#x|%#.2x|%#8.2g|\n", f, f, f, f, f, f, f, f, f, f)
	}
	fmt.Printf("%#v %#v\n", 2.0, 1e21)
}
