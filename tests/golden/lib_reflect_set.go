package main

import (
	"fmt"
	"reflect"
)

type Point struct {
	X, Y int
	Name string
	hid  int
	In   Inner
	L    []int
	F    float32
	U    uint8
	I8   int8
	B    bool
	A    any
	Arr  [2]string
}

type Inner struct{ Z int }

func main() {
	x := 3
	v := reflect.ValueOf(&x).Elem()
	fmt.Println(v.CanSet(), v.CanAddr(), v)
	v.SetInt(7)
	fmt.Println(x, v.Int())

	s := "old"
	reflect.ValueOf(&s).Elem().SetString("new")
	fmt.Println(s)

	var p Point
	pv := reflect.ValueOf(&p).Elem()
	pv.Field(0).SetInt(10)
	pv.FieldByName("Y").SetInt(20)
	pv.Field(2).SetString("pt")
	pv.Field(4).Field(0).SetInt(5)
	pv.FieldByName("L").Set(reflect.ValueOf([]int{1, 2}))
	pv.FieldByName("F").SetFloat(1.1)
	pv.FieldByName("U").SetUint(300)
	pv.FieldByName("I8").SetInt(200)
	pv.FieldByName("B").SetBool(true)
	pv.FieldByName("A").Set(reflect.ValueOf("anything"))
	pv.FieldByName("Arr").Index(1).SetString("two")
	fmt.Printf("%+v\n", p)
	pv.Field(4).Set(reflect.ValueOf(Inner{Z: 9}))
	fmt.Println(p.In, pv.Field(4))

	in := Inner{1}
	reflect.ValueOf(&in).Elem().Set(reflect.ValueOf(Inner{2}))
	fmt.Println(in)

	sl := []int{1, 2, 3}
	sv := reflect.ValueOf(sl)
	sv.Index(1).SetInt(42)
	fmt.Println(sl, sv.Index(1).CanSet())

	ptrs := []*Point{{X: 1}, {X: 2}}
	reflect.ValueOf(ptrs).Index(0).Elem().Field(0).SetInt(100)
	fmt.Println(ptrs[0].X)

	// A struct-to-map converter.
	m := map[string]any{}
	t := pv.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.PkgPath != "" {
			continue
		}
		m[f.Name] = pv.Field(i).Interface()
	}
	fmt.Println(m)

	setField := func(obj any, name string, value any) error {
		sv := reflect.ValueOf(obj)
		if sv.Kind() != reflect.Ptr || sv.Elem().Kind() != reflect.Struct {
			return fmt.Errorf("need pointer to struct, got %v", sv.Kind())
		}
		f := sv.Elem().FieldByName(name)
		if !f.IsValid() {
			return fmt.Errorf("no field %s", name)
		}
		if !f.CanSet() {
			return fmt.Errorf("cannot set %s", name)
		}
		val := reflect.ValueOf(value)
		if f.Type() != val.Type() {
			return fmt.Errorf("type mismatch: %v vs %v", f.Type(), val.Type())
		}
		f.Set(val)
		return nil
	}
	fmt.Println(setField(&p, "Name", "set"), p.Name)
	fmt.Println(setField(&p, "X", "bad"))
	fmt.Println(setField(&p, "hid", 1))
	fmt.Println(setField(&p, "Nope", 1))
	fmt.Println(setField(p, "X", 1))
	var iface any = &x
	reflect.ValueOf(iface).Elem().SetInt(55)
	fmt.Println(x)
	arr := [3]int{1, 2, 3}
	reflect.ValueOf(&arr).Elem().Index(0).SetInt(9)
	fmt.Println(arr)
	mp := map[string]int{"a": 1}
	fmt.Println(reflect.ValueOf(mp).MapIndex(reflect.ValueOf("a")).CanSet())
}
