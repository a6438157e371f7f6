package main

import "fmt"

func WordCount(words []string) map[string]int {
	counts := make(map[string]int)
	for _, w := range words {
		counts[w]++
	}
	return counts
}

func main() {
	text := []string{"the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "the", "fox"}
	wc := WordCount(text)
	fmt.Println(wc)
	fmt.Println(len(wc), wc["the"], wc["fox"], wc["cat"])
	// The most frequent word, found without depending on range order.
	best, bestN := "", 0
	for w, n := range wc {
		if n > bestN || n == bestN && w < best {
			best, bestN = w, n
		}
	}
	fmt.Println(best, bestN)
}
