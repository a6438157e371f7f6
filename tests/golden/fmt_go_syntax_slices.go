package main

import "fmt"

// %#v of slices and arrays prints Go syntax: []int{1, 2}, [2]bool{true, false}, []int(nil).

type P struct{ X int }

func main() {
	var ns []int
	fmt.Printf("%#v %#v %#v %#v\n", []string{"a"}, []int{1, 2}, ns, [2]bool{true})
	fmt.Printf("%#v %#v\n", []P{{1}}, [2]P{})
}
