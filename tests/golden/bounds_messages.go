// Out-of-range texts as Go words them: slicing an array (or a pointer to one) names its
// length, slicing a slice its capacity; a negative index has no length part, for strings
// too; a negative low bound of a three-index slice shows both colons.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	arr := [3]int{1, 2, 3}
	p := &arr
	s := []int{1, 2, 3}
	str := "abc"
	four, neg := 4, -1
	try("arr[:4]", func() { _ = arr[:four] })
	try("p[1:4]", func() { _ = p[1:four] })
	try("arr[0:1:4]", func() { _ = arr[0:1:four] })
	try("s[:4]", func() { _ = s[:four] })
	try("str[-1]", func() { _ = str[neg] })
	try("str[4]", func() { _ = str[four] })
	try("s[-1:1:2]", func() { _ = s[neg:1:2] })
	try("arr[-1:1:2]", func() { _ = arr[neg:1:2] })
	try("str[:4]", func() { _ = str[:four] })
}
