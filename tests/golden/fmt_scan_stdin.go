// fmt.Scan, Scanln and Scanf on standard input, then Fscan through a bufio.Reader until io.EOF.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var n int
	var name string
	fmt.Scan(&n)
	fmt.Println("n =", n)
	c, err := fmt.Scanln(&name)
	fmt.Println(c, err, name)
	var a, b int
	c, err = fmt.Scanf("%d,%d\n", &a, &b)
	fmt.Println(c, err, a, b)
	r := bufio.NewReader(os.Stdin)
	var xs []int
	for {
		var x int
		_, err := fmt.Fscan(r, &x)
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		xs = append(xs, x)
	}
	fmt.Println(xs)
}
