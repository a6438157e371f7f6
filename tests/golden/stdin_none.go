// Without input, a Scanner over standard input ends at once with no error.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	s := bufio.NewScanner(os.Stdin)
	n := 0
	for s.Scan() {
		n++
	}
	fmt.Println(n, s.Err())
}
