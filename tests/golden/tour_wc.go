// A Tour of Go's word count exercise: golang.org/x/tour/wc runs a solution on its cases and
// prints PASS for each, or FAIL and what it wanted (without a final newline) at the first
// wrong one.
package main

import (
	"fmt"
	"strings"

	"golang.org/x/tour/wc"
)

func WordCount(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

// lower counts words case-blind: wrong from the third case on ("I ate a donut. Then I ate").
func lower(s string) map[string]int {
	return WordCount(strings.ToLower(s))
}

func main() {
	wc.Test(WordCount)
	fmt.Println("--")
	wc.Test(lower)
	fmt.Println()
	fmt.Println("--")
	wc.Test(func(string) map[string]int { return nil })
	fmt.Println()
	var test func(func(string) map[string]int) = wc.Test
	test(func(s string) map[string]int { return map[string]int{s: 1} })
}
