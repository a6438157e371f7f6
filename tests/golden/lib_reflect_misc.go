package main

import (
	"fmt"
	"reflect"
)

type Duration int64
type Color string

type W struct {
	V reflect.Value
	T reflect.Type
}

func main() {
	fmt.Println(reflect.ValueOf(map[int]bool{1: true}).MapKeys())
	fmt.Println(reflect.ValueOf(map[string]bool{"k": true}).MapKeys())
	fmt.Println(reflect.TypeOf(Duration(1)).Kind(), reflect.TypeOf(Color("")).Kind())
	fmt.Printf("%v %+v\n", []reflect.Type{reflect.TypeOf(1)}, W{reflect.ValueOf("s"), reflect.TypeOf(2)})
	fmt.Println(reflect.ValueOf(Color("red")).String(), reflect.ValueOf(Duration(3)))
	fmt.Printf("%d %x %q %5v|\n", reflect.ValueOf(10), reflect.ValueOf(255), reflect.ValueOf("q"), reflect.ValueOf(1))
	s := fmt.Sprint(reflect.ValueOf(1.5), reflect.ValueOf([]int{1}))
	fmt.Println(s)
	var e error
	fmt.Println(reflect.TypeOf(&e).Elem().Name(), reflect.TypeOf(struct{ A int }{}), reflect.TypeOf(struct{ A int }{}).Name() == "")
	fmt.Println(reflect.ValueOf(&e).Elem().Kind(), reflect.ValueOf(&e).Elem().IsNil())
	x := 5
	p := &x
	pp := &p
	fmt.Println(reflect.ValueOf(pp).Elem().Elem().Int(), reflect.TypeOf(pp))
	reflect.ValueOf(pp).Elem().Elem().SetInt(8)
	fmt.Println(x)
	type local struct{ N int }
	fmt.Println(reflect.TypeOf(local{}), reflect.TypeOf(local{}).Name())
	fmt.Println(reflect.DeepEqual(map[string][]int{"a": nil}, map[string][]int{"a": {}}))
	fmt.Println(reflect.DeepEqual([]any{1}, []any{1.0}))
	var ip *int
	fmt.Println(reflect.ValueOf(&ip).Elem().IsNil(), reflect.ValueOf(&ip).Elem().CanSet())
	reflect.ValueOf(&ip).Elem().Set(reflect.ValueOf(&x))
	fmt.Println(*ip)
	var anyv any = 3
	av := reflect.ValueOf(&anyv).Elem()
	fmt.Println(av.Kind(), av.Elem().Kind(), av.Elem().CanSet())
	av.Set(reflect.ValueOf("now a string"))
	fmt.Println(anyv)
	fmt.Println(reflect.ValueOf(x).Type() == reflect.TypeOf(0))
}
