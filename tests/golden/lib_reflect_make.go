package main

import (
	"fmt"
	"reflect"
	"sort"
)

type P struct {
	X int
	S []int
}

func main() {
	m := map[string]int{"a": 1}
	mv := reflect.ValueOf(m)
	mv.SetMapIndex(reflect.ValueOf("b"), reflect.ValueOf(2))
	mv.SetMapIndex(reflect.ValueOf("a"), reflect.Value{})
	fmt.Println(m, len(m))
	nm := reflect.MakeMap(reflect.TypeOf(map[int]P{}))
	nm.SetMapIndex(reflect.ValueOf(3), reflect.ValueOf(P{X: 1}))
	fmt.Println(nm.Interface(), nm.Len())
	s := reflect.MakeSlice(reflect.TypeOf([]string{}), 2, 5)
	s.Index(1).SetString("z")
	fmt.Println(s.Len(), s.Cap(), s.Interface().([]string), s)
	ps := reflect.MakeSlice(reflect.TypeOf([]P{}), 1, 1)
	ps.Index(0).Field(0).SetInt(4)
	fmt.Println(ps)
	p := P{X: 1}
	pv := reflect.ValueOf(&p).Elem()
	a := pv.Addr()
	fmt.Println(a.Type(), a.Interface().(*P) == &p)
	x := 1
	xa := reflect.ValueOf(&x).Elem().Addr()
	*(xa.Interface().(*int)) = 9
	fmt.Println(x, xa.Elem())
	b := []byte("hey")
	fmt.Println(string(reflect.ValueOf(b).Bytes()))
	keys := reflect.ValueOf(map[int]string{3: "c", 1: "a", 2: "b"}).MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].Int() < keys[j].Int() })
	fmt.Println(keys)
	try := func(f func()) {
		defer func() { fmt.Println(recover()) }()
		f()
	}
	try(func() { reflect.ValueOf(p).Addr() })
	try(func() { reflect.ValueOf([]int{}).Bytes() })
	try(func() { reflect.MakeSlice(reflect.TypeOf(1), 0, 0) })
	try(func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 1) })
	try(func() { reflect.MakeMap(reflect.TypeOf(1)) })
	try(func() {
		var nilm map[string]int
		reflect.ValueOf(nilm).SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(1))
	})
	try(func() { reflect.ValueOf(m).SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(1)) })
	try(func() { reflect.Zero(nil) })
	try(func() { reflect.New(nil) })
}
