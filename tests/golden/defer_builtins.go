// go and defer of the builtins delete, copy, clear and recover: the arguments are evaluated
// at the statement, the call happens later; a deferred recover() itself recovers nothing.
package main

import "fmt"

func cleanup() (m map[string]int, s []int) {
	m = map[string]int{"a": 1, "b": 2}
	s = []int{1, 2, 3}
	key := "a"
	defer delete(m, key)
	key = "b"
	src := []int{7, 8}
	defer copy(s, src)
	src = []int{9, 9, 9}
	return m, s
}

func bytesLater() (b []byte) {
	b = []byte("hello")
	word := "J"
	defer copy(b, word)
	word = "Y"
	return b
}

func clearing() (m map[int]bool, s []string) {
	m = map[int]bool{1: true}
	s = []string{"x", "y"}
	defer clear(m)
	defer clear(s[1:])
	return m, s
}

func stillPanics() (err any) {
	defer func() { err = recover() }()
	defer recover()
	panic("boom")
}

func main() {
	fmt.Println(cleanup())
	fmt.Println(clearing())
	fmt.Println(string(bytesLater()))
	fmt.Println("recovered by the closure:", stillPanics())
	done := make(chan bool)
	m := map[int]int{1: 1, 2: 2}
	go func() {
		defer close(done)
		delete(m, 1)
	}()
	<-done
	fmt.Println(m)
}
