package main

import (
	"fmt"
	"sort"
)

func main() {
	s := []int{3, 1, 2}
	sort.Slice(s, func(i, j int) bool {
		if s[i] == 2 {
			panic("boom")
		}
		return s[i] < s[j]
	})
	fmt.Println(s)
}
