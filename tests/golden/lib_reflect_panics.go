package main

import (
	"fmt"
	"reflect"
)

type S struct {
	A int
	b string
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	x := 1
	s := S{1, "x"}
	try("Int on string", func() { reflect.ValueOf("s").Int() })
	try("Int on zero", func() { reflect.Value{}.Int() })
	try("SetInt unaddressable", func() { reflect.ValueOf(x).SetInt(2) })
	try("SetString unexported", func() { reflect.ValueOf(&s).Elem().Field(1).SetString("y") })
	try("SetInt wrong kind", func() { reflect.ValueOf(&s).Elem().Field(0).SetString("y") })
	try("Interface unexported", func() { reflect.ValueOf(s).Field(1).Interface() })
	try("Elem on int", func() { reflect.ValueOf(1).Elem() })
	try("Field out of range", func() { reflect.ValueOf(s).Field(5) })
	try("Field on int", func() { reflect.ValueOf(1).Field(0) })
	try("Index out of range", func() { reflect.ValueOf([]int{1}).Index(3) })
	try("Len on int", func() { reflect.ValueOf(1).Len() })
	try("IsNil on int", func() { reflect.ValueOf(1).IsNil() })
	try("Type on zero", func() { reflect.Value{}.Type() })
	try("Set wrong type", func() { reflect.ValueOf(&x).Elem().Set(reflect.ValueOf("s")) })
	try("Type.Elem on int", func() { reflect.TypeOf(1).Elem() })
	try("Type.Key on slice", func() { reflect.TypeOf([]int{}).Key() })
	try("Type.Field on int", func() { reflect.TypeOf(1).Field(0) })
	try("Type.NumField on int", func() { reflect.TypeOf(1).NumField() })
	try("Type.Len on slice", func() { reflect.TypeOf([]int{}).Len() })
	try("Type.Field out of range", func() { reflect.TypeOf(s).Field(9) })
	try("MapIndex on slice", func() { reflect.ValueOf([]int{}).MapIndex(reflect.ValueOf(1)) })
	try("Float on int", func() { reflect.ValueOf(1).Float() })
	try("Bool on int", func() { reflect.ValueOf(1).Bool() })
	try("Uint on int", func() { reflect.ValueOf(1).Uint() })
	try("IsZero on zero", func() { reflect.Value{}.IsZero() })
	try("Method out of range", func() { reflect.TypeOf(s).Method(0) })
	fmt.Println(reflect.ValueOf(s).Field(1), reflect.ValueOf(s).Field(1).String())
}
