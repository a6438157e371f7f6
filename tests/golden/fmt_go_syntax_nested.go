// %#v below the top level: fields and elements print by their static types, as Go's
// printValue does (nil pointers and interfaces with their type, nested slices and maps in
// Go syntax, unsigned integers in hex, library types by their Go fields).
package main

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"time"
)

type P struct{ X, Y int }

type W struct {
	S  []int
	SS [][]string
	B  []byte
	M  map[string][]int
	MP map[P]*P
	E  error
	I  any
	F  func()
	C  chan int
	PP *P
	PI *int
	A  [2]P
	U  uint8
	U2 uint
	N  struct{ a, b int }
	R  rune
	D  time.Duration
	F3 float32
}

type Celsius float64
type Names []string
type Lookup map[string]int

type Guarded struct {
	mu sync.Mutex
	wg sync.WaitGroup
	n  int
}

func main() {
	var w W
	fmt.Printf("%#v\n", w)
	w.S = []int{1}
	w.SS = [][]string{{"a"}, nil}
	w.B = []byte("hi")
	w.M = map[string][]int{"k": {1, 2}, "a": {}}
	w.I = []any{1, nil, "s", P{}}
	w.A[1].X = 3
	w.U = 200
	w.U2 = 17
	w.N.a = 4
	w.R = 'x'
	w.D = time.Second
	w.F3 = 0.1
	fmt.Printf("%#v\n", w)
	fmt.Printf("%#v %#v %#v %#v\n", uint(5), uint8(255), 'a', Celsius(3))
	fmt.Printf("%#v %#v %#v\n", Names{"a"}, Lookup{"z": 1}, Names(nil))
	fmt.Printf("%#v %#v\n", &P{1, 2}, []*P{nil})
	fmt.Printf("%#v\n", [][]int{{1}, {2, 3}})
	fmt.Printf("%#v\n", map[string]any{"a": nil, "b": []int{1}})
	fmt.Printf("%#v %#v %#v\n", nil, any(nil), error(nil))
	fmt.Printf("%#v\n", struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%#v %#v %#v\n", []any{P{}}, [2]bool{}, struct{}{})
	fmt.Printf("%#v %#v\n", time.Second, time.March)
	fmt.Printf("%#v %#v %#v\n", 3.0, 1e21, float32(1e-7))
	fmt.Printf("%#v %#v\n", errors.New("x"), io.EOF)
	fmt.Printf("%#v|%#5v|%#-6v|\n", []byte{}, 3, true)
	fmt.Printf("%#v %#v\n", []byte(nil), [][]byte{[]byte("a")})
	var g Guarded
	g.n = 2
	fmt.Printf("%#v\n", g)
	fmt.Printf("%v %+v\n", w.I, w.A)
}
