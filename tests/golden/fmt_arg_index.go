// Printf's explicit argument indexes (%[1]o, as The Go Programming Language's chapter 3
// prints octal and hex), * widths and precisions, and Go's BADINDEX/BADWIDTH/BADPREC texts.
package main

import "fmt"

func main() {
	o := 0666
	fmt.Printf("%d %[1]o %#[1]o\n", o)
	x := int64(0xdeadbeef)
	fmt.Printf("%d %[1]x %#[1]x %#[1]X\n", x)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%[1]d %[1]v %[1]T\n", 'a')
	fmt.Printf("%[5]d|%[0]d|%[x]d|%[2d|%[1]2d|%[1].2f\n", 1, 2)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
	fmt.Printf("%-*d|%*d|%.*f|%*s|\n", 4, 7, -4, 7, 2, 3.14159, "x", "y")
	fmt.Printf("%.*d|%*d\n", -1, 5, "w", 3)
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%[2]d\n", 1, 2, 3)
	fmt.Printf("%[1]d %%\n", 5)
	fmt.Printf("%[1]")
	fmt.Println()
	fmt.Printf("%s %[1]q %[1]x\n", "go")
}
