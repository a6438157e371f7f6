// A line filter: numbers the lines of standard input, upper-cases them, and counts words
// and characters (CRLF endings, an empty line, a last line without a newline, UTF-8).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	lines, words, runes := 0, 0, 0
	for in.Scan() {
		line := in.Text()
		lines++
		words += len(strings.Fields(line))
		runes += utf8.RuneCountInString(line)
		fmt.Printf("%3d| %s\n", lines, strings.ToUpper(line))
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	fmt.Println(lines, "lines,", words, "words,", runes, "runes")
}
