// Reading standard input directly: os.Stdin.Read in small pieces, then io.Copy of the
// rest to standard output; a read after the end is io.EOF again.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	buf := make([]byte, 4)
	for i := 0; i < 3; i++ {
		n, err := os.Stdin.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
	}
	n, err := io.Copy(os.Stdout, os.Stdin)
	fmt.Println()
	fmt.Println(n, err)
	n2, err := os.Stdin.Read(buf)
	fmt.Println(n2, err == io.EOF)
	fmt.Println(len(os.Args), os.Args[1:])
}
